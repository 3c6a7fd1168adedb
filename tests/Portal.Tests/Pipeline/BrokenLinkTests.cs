using Portal.Pipeline;

namespace Portal.Tests.Pipeline;

/// <summary>
/// A build fails on a Markdown link that leads nowhere once the site is deployed, resolved as a browser resolves
/// it: against the page's own address, under the base path.
/// </summary>
public sealed class BrokenLinkTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Theory]
    [InlineData("/", "relative-missing/", "relative-missing/", "no page or file at /links/relative-missing/")]
    [InlineData("/", "../../../../missing/", "../../../../missing/", "no page or file at /missing/")]
    [InlineData("/", "./x", "./x", "no page or file at /links/x")]
    [InlineData("/", "x.html", "x.html", "no page or file at /links/x.html")]
    [InlineData("/", "< /nonexistent/>", "%20/nonexistent/", "no page or file at /links/ /nonexistent/")]
    [InlineData("/portal/", "relative-missing/", "relative-missing/", "no page or file at /links/relative-missing/")]
    [InlineData("/portal/", "/about/", "/about/", "/about/ is outside the base path /portal/; links must be under the base path")]
    [InlineData("/portal/", "../../../../missing/", "../../../../missing/", "/missing/ is outside the base path /portal/; links must be under the base path")]
    public void Should_Fail_The_Build_On_A_Link_That_Leads_Nowhere_Once_Deployed(string baseUrl, string destination, string href, string problem)
    {
        var report = Build(baseUrl, $"[a link]({destination})");

        var error = Assert.Single(report.Diagnostics);
        Assert.Equal($"broken link '{href}' on /links/: {problem}", error.Message);
        Assert.EndsWith("links/index.html", error.Location.File, StringComparison.Ordinal);
        Assert.False(report.Succeeded);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/portal/")]
    public void Should_Pass_Relative_Links_That_Lead_To_A_Page(string baseUrl)
    {
        var report = Build(baseUrl, "[a](../about/) [b](./) [c](../about/index.html) [d](../methodology/?x=1) [e](..) [f](https://example.org/elsewhere/) [g](mailto:team@example.org)");

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
    }

    [Fact]
    public void Should_Pass_A_Link_Under_The_Base_Path_And_Fail_The_Same_Path_Without_It()
    {
        var report = Build("/portal/", "[a](/portal/about/) [b](/about/)");

        var error = Assert.Single(report.Diagnostics);
        Assert.StartsWith("broken link '/about/' on /links/", error.Message, StringComparison.Ordinal);
    }

    private BuildReport Build(string baseUrl, string markdown)
    {
        var content = _folder.Combine("input");
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Fixture("minimal"), "input")))
        {
            Directory.CreateDirectory(content);
            File.Copy(file, Path.Combine(content, Path.GetFileName(file)), overwrite: true);
        }

        File.WriteAllText(Path.Combine(content, "links.md"), $"---\ntitle: Links\n---\n{markdown}\n");
        return new SiteBuilder().Build(BuildOptionsFor.Fixture("minimal", _folder.Combine("output")) with { ContentFolder = content, BaseUrl = baseUrl });
    }

    public void Dispose() => _folder.Dispose();
}
