using Portal.Cli;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Cli;

/// <summary>A failure nobody foresaw is reported as a bug, in one line and with exit code 3, never as a stack trace.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class InternalErrorTests : IDisposable
{
    private const string DebugVariable = "PORTAL_DEBUG";
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void Should_Exit_With_3_And_Ask_For_A_Report_When_A_Command_Fails_Unexpectedly()
    {
        var (exit, error) = BuildWithBrokenClock();

        Assert.Equal(ExitCodes.InternalError, exit);
        Assert.Equal(
            $"portal: internal error, please report this: the clock broke ({typeof(InvalidOperationException).FullName})",
            error.TrimEnd());
    }

    [Fact]
    public void Should_Add_The_Stack_Trace_When_Debugging_Is_Asked_For()
    {
        Environment.SetEnvironmentVariable(DebugVariable, "1");
        try
        {
            var (exit, error) = BuildWithBrokenClock();

            Assert.Equal(ExitCodes.InternalError, exit);
            Assert.StartsWith("portal: internal error, please report this: the clock broke", error, StringComparison.Ordinal);
            Assert.Contains(nameof(BrokenClock.GetUtcNow), error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(DebugVariable, null);
        }
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>A build without --as-of asks the clock for today: the seam where a command can be made to fail.</summary>
    private (int Exit, string Error) BuildWithBrokenClock() =>
        StandardError.Capture(() => CommandLine.Run(StandardError.MinimalBuild(_folder.Combine("output")), new BrokenClock()));

    private sealed class BrokenClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => throw new InvalidOperationException("the clock broke");
    }
}
