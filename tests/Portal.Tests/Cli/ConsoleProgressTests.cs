using Portal.Cli;

namespace Portal.Tests.Cli;

public sealed class ConsoleProgressTests
{
    [Fact]
    public void Should_Write_Plain_Lines_For_Each_Phase_And_Tenth_When_Not_On_A_Terminal()
    {
        var output = new StringWriter();
        var progress = new ConsoleProgress(output, isTerminal: false);

        progress.PhaseStarted("render and write");
        progress.Started(100);
        for (var done = 1; done <= 100; done++)
        {
            progress.Advanced(done);
        }

        progress.PhaseEnded("render and write", TimeSpan.FromMilliseconds(1234));

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(11, lines.Length);
        Assert.Equal("render and write…", lines[0]);
        Assert.Equal("render and write: 10% (10 of 100)", lines[1]);
        Assert.Equal("render and write: 90% (90 of 100)", lines[9]);
        Assert.Equal("render and write: done in 1234 ms", lines[^1]);
        string[] everyTenth = [.. Enumerable.Range(1, 9).Select(tenth => $"render and write: {tenth * 10}% ({tenth * 10} of 100)")];
        Assert.Equal(everyTenth, lines[1..^1]);
        Assert.DoesNotContain('\r', output.ToString());
    }

    [Fact]
    public void Should_Redraw_A_Bar_In_Place_On_A_Terminal()
    {
        var output = new StringWriter();
        var progress = new ConsoleProgress(output, isTerminal: true);

        progress.PhaseStarted("render and write");
        progress.Started(4);
        progress.Advanced(4);

        Assert.StartsWith("\rrender and write [##############################] 100% 4/4", output.ToString());
    }
}
