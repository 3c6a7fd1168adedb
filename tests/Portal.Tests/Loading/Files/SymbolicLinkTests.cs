using Portal.Pipeline;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Loading.Files;

/// <summary>
/// Git stores symbolic links, so a pull request can add one to a theme, the content or the data. The build reads
/// none: whatever it points to, the build fails naming the link, and nothing of what it points to is published.
/// </summary>
public sealed class SymbolicLinkTests : IDisposable
{
    private readonly MinimalSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("/proc/self/environ")]
    [InlineData("/etc/passwd")]
    public void Should_Refuse_A_Theme_Asset_That_Links_To_A_File_Outside_The_Theme(string target)
    {
        var link = Path.Combine(_site.Theme, "assets", "leak.txt");
        File.CreateSymbolicLink(link, target);

        var report = new SiteBuilder().Build(_site.Options);

        AssertRefused(report, "theme/assets/leak.txt");
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void Should_Refuse_A_Theme_Asset_Folder_That_Links_Outside_The_Repository()
    {
        _site.Write("outside/secret.txt", "do not publish");
        Directory.CreateSymbolicLink(Path.Combine(_site.Theme, "assets", "more"), _site.Outside);

        var report = new SiteBuilder().Build(_site.Options);

        AssertRefused(report, "theme/assets/more");
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void Should_Refuse_A_Data_File_That_Is_A_Link()
    {
        var outside = _site.Write("outside/cities.csv", File.ReadAllText(Path.Combine(_site.Data, "cities.csv")));
        File.Delete(Path.Combine(_site.Data, "cities.csv"));
        File.CreateSymbolicLink(Path.Combine(_site.Data, "cities.csv"), outside);

        var report = new SiteBuilder().Build(_site.Options);

        AssertRefused(report, "data/cities.csv");
    }

    [Fact]
    public void Should_Refuse_A_Markdown_Page_That_Is_A_Link()
    {
        var outside = _site.Write("outside/secret.md", "---\ntitle: Secret\n---\nThe build's secrets.\n");
        File.CreateSymbolicLink(Path.Combine(_site.Content, "secret.md"), outside);

        var report = new SiteBuilder().Build(_site.Options);

        AssertRefused(report, "input/secret.md");
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void Should_Refuse_A_Layout_That_Is_A_Link()
    {
        var layout = Path.Combine(_site.Theme, "layouts", "page.html");
        var outside = _site.Write("outside/page.html", File.ReadAllText(layout));
        File.Delete(layout);
        File.CreateSymbolicLink(layout, outside);

        var report = new SiteValidator().Validate(_site.Options);

        AssertRefused(report, "theme/layouts/page.html");
    }

    [Fact]
    public void Should_Report_A_Dangling_Link_In_The_Content_Folder()
    {
        File.CreateSymbolicLink(Path.Combine(_site.Content, "gone.md"), Path.Combine(_site.Outside, "nowhere.md"));

        var report = new SiteValidator().Validate(_site.Options);

        AssertRefused(report, "input/gone.md");
    }

    [Fact]
    public void Should_Report_A_Link_Loop_In_The_Data_Folder()
    {
        File.CreateSymbolicLink(Path.Combine(_site.Data, "progress.csv"), Path.Combine(_site.Data, "loop.csv"));
        File.CreateSymbolicLink(Path.Combine(_site.Data, "loop.csv"), Path.Combine(_site.Data, "progress.csv"));

        var report = new SiteValidator().Validate(_site.Options);

        AssertRefused(report, "data/progress.csv");
    }

    [Fact]
    public void Should_Report_A_Link_Loop_In_The_Content_Folder()
    {
        Directory.CreateSymbolicLink(Path.Combine(_site.Content, "loop"), _site.Content);

        var report = new SiteValidator().Validate(_site.Options);

        AssertRefused(report, "input/loop");
    }

    private static void AssertRefused(BuildReport report, string path)
    {
        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Diagnostics, d => d.Location.File.EndsWith(path, StringComparison.Ordinal));
        Assert.Contains("symbolic link", error.Message, StringComparison.Ordinal);
    }
}
