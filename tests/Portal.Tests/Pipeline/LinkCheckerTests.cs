using Portal.Domain.Diagnostics;
using Portal.Pipeline;
using Portal.Rendering;

namespace Portal.Tests.Pipeline;

public sealed class LinkCheckerTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void Should_Resolve_The_Links_Of_A_Rebuild_Against_The_Pages_And_Files_Of_The_Build_Before()
    {
        var built = new LinkChecker("/", _folder.Path, _folder.Path);
        AddPage(built, "/a/", "<a href=\"/b/#top\">b</a>");
        AddPage(built, "/b/", "<h2 id=\"top\">B</h2>");
        built.AddFile("/feed.xml");
        Assert.Empty(Check(built));

        var rebuilt = built.ForRebuild();
        AddPage(rebuilt, "/c/", "<a href=\"/a/\">a</a> <a href=\"/b/#top\">b</a> <a href=\"/feed.xml\">feed</a>");

        Assert.Empty(Check(rebuilt));
    }

    [Fact]
    public void Should_Report_A_Link_A_Rebuild_Makes_To_A_Page_It_Removed()
    {
        var built = new LinkChecker("/", _folder.Path, _folder.Path);
        AddPage(built, "/a/", "<p>a</p>");
        AddPage(built, "/b/", "<p>b</p>");

        var rebuilt = built.ForRebuild();
        rebuilt.RemovePage("/b/");
        AddPage(rebuilt, "/c/", "<a href=\"/a/\">a</a>\n<a href=\"/b/\">b</a>");

        var error = Assert.Single(Check(rebuilt));
        Assert.Equal("broken link '/b/' on /c/: no page or file at /b/", error.Message);
        Assert.Equal(2, error.Location.Line);
    }

    [Fact]
    public void Should_Resolve_A_Link_With_Spaces_Around_It_As_A_Browser_Does()
    {
        var checker = new LinkChecker("/", _folder.Path, _folder.Path);
        AddPage(checker, "/a/", "<a href=\" /a/ \">a</a> <a href=\"\t/nowhere/\">b</a>");

        var error = Assert.Single(Check(checker));
        Assert.Equal("broken link '\t/nowhere/' on /a/: no page or file at /nowhere/", error.Message);
    }

    [Fact]
    public void Should_Resolve_The_Same_Relative_Link_Against_Each_Page_That_Makes_It()
    {
        var checker = new LinkChecker("/", _folder.Path, _folder.Path);
        AddPage(checker, "/a/x/", "<p>x</p>");
        AddPage(checker, "/a/", "<a href=\"x/\">x</a>");
        AddPage(checker, "/a/other.html", "<a href=\"x/\">x</a>");
        AddPage(checker, "/b/", "<a href=\"x/\">x</a>");

        var error = Assert.Single(Check(checker));
        Assert.Equal("broken link 'x/' on /b/: no page or file at /b/x/", error.Message);
    }

    [Fact]
    public void Should_Report_A_Link_Outside_The_Base_Path_Saying_Links_Must_Be_Under_It()
    {
        var checker = new LinkChecker("/portal/", _folder.Path, _folder.Path);
        AddPage(checker, "/a/", "<a href=\"/portal/a/\">a</a> <a href=\"/a/\">b</a> <a href=\"https://example.org/a/\">c</a> <a href=\"//example.org/a/\">d</a>");

        var error = Assert.Single(Check(checker));
        Assert.Equal("broken link '/a/' on /a/: /a/ is outside the base path /portal/; links must be under the base path", error.Message);
    }

    private void AddPage(LinkChecker checker, string sitePath, string html)
    {
        var file = Path.Combine(_folder.Path, SitePaths.FileOf(sitePath));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, html);
        checker.AddPage(sitePath, html);
    }

    private static IReadOnlyList<Diagnostic> Check(LinkChecker checker)
    {
        var diagnostics = new DiagnosticBag();
        checker.Check(diagnostics);
        return diagnostics.Sorted();
    }

    public void Dispose() => _folder.Dispose();
}
