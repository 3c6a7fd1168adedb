using Portal.Domain.Diagnostics;
using Portal.Domain.Model;
using Portal.Pipeline;
using Portal.Rendering.Theme;

namespace Portal.Tests.Pipeline;

/// <summary>
/// The sample data built once for a test class, with the model the build made its pages from, so tests can read
/// the published files back and compare them with what the site shows.
/// </summary>
public sealed class BuiltSample : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public BuiltSample()
    {
        Output = _folder.Combine("output");
        var report = new SiteBuilder().Build(BuildOptionsFor.Sample(Output));
        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var diagnostics = new DiagnosticBag();
        var input = InputChecker.Check(BuildOptionsFor.Sample(Output), diagnostics);
        Model = PortalModel.Build(input.Data, BuildOptionsFor.AsOf);
        Strings = input.Theme.Strings;
        Settings = input.Settings;
    }

    public string Output { get; }

    public PortalModel Model { get; }

    public UiStrings Strings { get; }

    public SiteSettings Settings { get; }

    /// <summary>The output file a site path such as /data/cities.csv or /cities/x/ is written to.</summary>
    public string File(string sitePath) => Path.Combine(Output, Portal.Rendering.SitePaths.FileOf(sitePath));

    public string Read(string sitePath) => System.IO.File.ReadAllText(File(sitePath));

    public void Dispose() => _folder.Dispose();
}
