using Portal.Pipeline;

namespace Portal.Tests.Pipeline;

public sealed class SiteBuilderTests
{
    [Fact]
    public void Should_Write_A_Page_For_Every_City_Commitment_Recommendation_And_Country_Of_The_Sample()
    {
        using var folder = new TemporaryFolder();
        var options = BuildOptionsFor.Sample(folder.Combine("output"));

        var report = new SiteBuilder().Build(options);

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var output = options.OutputFolder;
        Assert.Equal(5, RecordPages.In(output, "cities"));
        Assert.Equal(40, RecordPages.In(output, "commitments"));
        Assert.Equal(65, RecordPages.In(output, "recommendations"));
        Assert.Equal(3, RecordPages.In(output, "countries"));
        foreach (var page in new[] { "index.html", "cities/index.html", "commitments/index.html", "recommendations/index.html", "countries/index.html", "framework/index.html", "about/index.html", "methodology/index.html", "news/index.html", "404.html" })
        {
            Assert.True(File.Exists(Path.Combine(output, page)), page);
        }

        // The annexes (annex.html beside each dashboard of local action) are files beside the pages, not pages.
        Assert.Equal(Directory.GetFiles(output, "*.html", SearchOption.AllDirectories).Count(f => Path.GetFileName(f) != "annex.html"), report.PagesWritten);
    }

    [Fact]
    public void Should_Leave_The_Previous_Output_As_It_Was_When_A_Build_Fails()
    {
        using var folder = new TemporaryFolder();
        var output = folder.Combine("output");
        Assert.True(new SiteBuilder().Build(BuildOptionsFor.Sample(output)).Succeeded);
        var before = OutputSnapshot.Of(output);

        var failed = new SiteBuilder().Build(BuildOptionsFor.Fixture("invalid-data", output));

        Assert.False(failed.Succeeded);
        Assert.Equal(before, OutputSnapshot.Of(output));
        Assert.Single(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Should_Write_The_Same_Bytes_When_Built_Twice_From_The_Same_Input()
    {
        using var folder = new TemporaryFolder();
        new SiteBuilder().Build(BuildOptionsFor.Sample(folder.Combine("one")));
        new SiteBuilder().Build(BuildOptionsFor.Sample(folder.Combine("two")));

        Assert.Equal(OutputSnapshot.Of(folder.Combine("one")), OutputSnapshot.Of(folder.Combine("two")));
    }

    [Fact]
    public void Should_Point_Links_And_Canonical_Urls_At_The_Base_Url()
    {
        using var folder = new TemporaryFolder();
        var options = BuildOptionsFor.Sample(folder.Combine("output")) with { BaseUrl = "https://rights.example.org/portal/" };

        new SiteBuilder().Build(options);

        var home = File.ReadAllText(Path.Combine(options.OutputFolder, "index.html"));
        Assert.Contains("<link rel=\"canonical\" href=\"https://rights.example.org/portal/\"", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/portal/cities/\"", home, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/cities/\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Report_A_Layout_Missing_From_The_Theme_Without_Crashing()
    {
        using var folder = new TemporaryFolder();
        var theme = ThemeCopy.In(folder);
        File.Delete(Path.Combine(theme, "layouts", "framework.html"));

        var report = new SiteBuilder().Build(BuildOptionsFor.Sample(folder.Combine("output")) with { ThemeFolder = theme });

        var error = Assert.Single(report.Diagnostics);
        Assert.EndsWith("layouts/framework.html:1:1: error: the theme has no layout 'framework.html', which every framework page needs", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Report_A_Template_Error_At_Its_Line_And_Column()
    {
        using var folder = new TemporaryFolder();
        var theme = ThemeCopy.In(folder);
        File.WriteAllText(Path.Combine(theme, "layouts", "countries.html"), "<h1>{{ page.title }}</h1>\n<p>{{ page.no_such_member }}</p>\n");

        var report = new SiteBuilder().Build(BuildOptionsFor.Sample(folder.Combine("output")) with { ThemeFolder = theme });

        var error = Assert.Single(report.Diagnostics);
        Assert.EndsWith("layouts/countries.html:2:12: error: while rendering /countries/: 'no_such_member' is not a member of CountryIndexView", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Combine("output")));
    }

    [Fact]
    public void Should_Fail_On_A_Broken_Internal_Link_Or_Anchor_Naming_The_Page_And_The_Link()
    {
        using var folder = new TemporaryFolder();
        var theme = ThemeCopy.In(folder);
        File.AppendAllText(Path.Combine(theme, "layouts", "countries.html"), "\n<a href=\"/nowhere/\">a</a> <a href=\"#missing\">b</a> <a href=\"/cities/\">c</a> <a href=\"https://example.org/x\">d</a>\n");

        var report = new SiteBuilder().Build(BuildOptionsFor.Sample(folder.Combine("output")) with { ThemeFolder = theme });

        Assert.Collection(
            report.Diagnostics.Select(d => d.Message),
            message => Assert.Equal("broken link '/nowhere/' on /countries/: no page or file at /nowhere/", message),
            message => Assert.Equal("broken link '#missing' on /countries/: /countries/ has no anchor 'missing'", message));
        Assert.All(report.Diagnostics, d => Assert.EndsWith("countries/index.html", d.Location.File, StringComparison.Ordinal));
        Assert.False(Directory.Exists(folder.Combine("output")));
    }

    [Fact]
    public void Should_Refuse_To_Write_An_Output_Another_Build_Is_Writing()
    {
        using var folder = new TemporaryFolder();
        var output = folder.Combine("output");
        Assert.True(new SiteBuilder().Build(BuildOptionsFor.Sample(output)).Succeeded);
        var before = OutputSnapshot.Of(output);

        using (new StagedOutput(output))
        {
            var report = new SiteBuilder().Build(BuildOptionsFor.Sample(output));

            var error = Assert.Single(report.Diagnostics);
            Assert.Contains("another build is writing this output now", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, OutputSnapshot.Of(output));
        Assert.True(new SiteBuilder().Build(BuildOptionsFor.Sample(output)).Succeeded);
    }
}
