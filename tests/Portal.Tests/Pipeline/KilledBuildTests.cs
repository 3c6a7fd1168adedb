using Portal.Bench.SyntheticData;
using Portal.Pipeline;

namespace Portal.Tests.Pipeline;

/// <summary>A build killed halfway leaves the previous output exactly as it was; the next build clears its leftovers.</summary>
public sealed class KilledBuildTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void Should_Leave_The_Previous_Output_Untouched_When_A_Build_Is_Killed_Halfway()
    {
        var output = _folder.Combine("output");
        Assert.True(new SiteBuilder().Build(BuildOptionsFor.Fixture("minimal", output)).Succeeded);
        var before = OutputSnapshot.Of(output);
        new SyntheticDataGenerator(DataScale.NationalTimes(0.4)).WriteTo(_folder.Combine("big", "data"), _folder.Combine("big", "input"));

        using (var build = PortalProcess.Start(["build", "--data", _folder.Combine("big", "data"), "--content", _folder.Combine("big", "input"), "--theme", RepositoryPaths.Theme, "--output", output, "--as-of", "2026-06-30", "--no-search"]))
        {
            WaitUntilPagesAreBeingWritten(build);
            build.Kill(entireProcessTree: true);
            build.WaitForExit();
        }

        Assert.Equal(before, OutputSnapshot.Of(output));
        Assert.NotEmpty(StagingFolders());

        Assert.True(new SiteBuilder().Build(BuildOptionsFor.Fixture("minimal", output)).Succeeded);
        Assert.Empty(StagingFolders());
        Assert.Equal(before, OutputSnapshot.Of(output));
    }

    public void Dispose() => _folder.Dispose();

    private string[] StagingFolders() => Directory.GetDirectories(_folder.Path, ".output.staging-*");

    private void WaitUntilPagesAreBeingWritten(System.Diagnostics.Process build)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !build.HasExited)
        {
            if (StagingFolders().Any(f => Directory.EnumerateFiles(f, "*.html", SearchOption.AllDirectories).Take(50).Count() == 50))
            {
                return;
            }

            Thread.Sleep(20);
        }

        Assert.Fail("the build finished or stalled before it could be killed halfway");
    }
}
