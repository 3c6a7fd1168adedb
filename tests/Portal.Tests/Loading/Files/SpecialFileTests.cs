using System.Diagnostics;
using Portal.Pipeline;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Loading.Files;

/// <summary>A named pipe (FIFO) where a data file should be: reading it would wait for a writer for ever.</summary>
public sealed class SpecialFileTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly MinimalSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Should_Refuse_A_Named_Pipe_As_A_Data_File_Without_Waiting_For_A_Writer()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var pipe = Path.Combine(_site.Data, "progress.csv");
        MakeFifo(pipe);

        var build = Task.Run(() => new SiteValidator().Validate(_site.Options));
        var finished = await Task.WhenAny(build, Task.Delay(Patience)) == build;
        if (!finished)
        {
            // Lets the blocked reader go, so that the test run ends.
            using (File.OpenWrite(pipe))
            {
            }
        }

        Assert.True(finished, "validate waited on the named pipe");
        var error = Assert.Single((await build).Diagnostics, d => d.Location.File.EndsWith("data/progress.csv", StringComparison.Ordinal));
        Assert.Contains("not a regular file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Exit_With_Invalid_Input_On_A_Named_Pipe_A_Dangling_Link_And_A_Link_Loop()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        MakeFifo(Path.Combine(_site.Data, "progress.csv"));
        File.CreateSymbolicLink(Path.Combine(_site.Content, "gone.md"), Path.Combine(_site.Outside, "nowhere.md"));
        File.CreateSymbolicLink(Path.Combine(_site.Data, "framework.csv"), Path.Combine(_site.Data, "framework.csv"));

        // A process of its own, with PortalProcess's time limit: a build that waits on the pipe is killed, not left hanging.
        var exit = PortalProcess.Run(["build", "--data", _site.Data, "--content", _site.Content, "--theme", _site.Theme, "--output", _site.Output, "--no-search"]);

        Assert.Equal(1, exit);
        Assert.False(Directory.Exists(_site.Output));
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
