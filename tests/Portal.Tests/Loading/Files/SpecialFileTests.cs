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

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
