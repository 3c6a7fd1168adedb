using Portal.Domain.Diagnostics;
using Portal.Domain.Model;
using Portal.Pipeline;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Rendering;

/// <summary>
/// The sample built once, in process, under the base path /portal/, with the model its pages show: the data
/// folder is named absolutely and lies outside the test's working folder, as it does on a build server.
/// </summary>
public sealed class SampleUnderBasePath : IDisposable
{
    public const string BasePath = "/portal/";

    private readonly TemporaryFolder _folder = new();

    public SampleUnderBasePath()
    {
        Output = _folder.Combine("output");
        var options = BuildOptionsFor.Sample(Output) with { BaseUrl = BasePath };
        var report = new SiteBuilder().Build(options);
        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Model = PortalModel.Build(InputChecker.Check(options, new DiagnosticBag()).Data, BuildOptionsFor.AsOf);
    }

    public string Output { get; }

    public PortalModel Model { get; }

    /// <summary>The text of the file a site path such as /data/cities.csv or /cities/x/ is written to.</summary>
    public string Read(string sitePath) => File.ReadAllText(Path.Combine(Output, Portal.Rendering.SitePaths.FileOf(sitePath)));

    public void Dispose() => _folder.Dispose();
}
