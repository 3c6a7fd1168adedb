using Portal.Annex;

namespace Portal.Tests.Annex;

/// <summary>
/// The Markdown and HTML annex of tests/fixtures/annex, compared with the files in Annex/Golden: themes in the theme
/// list's order and "Other" last, UN citations, one entry per city, footnotes, and markup in the data escaped.
/// Run with UPDATE_GOLDEN=1 to write them again, then read the diff.
/// </summary>
public sealed class AnnexGoldenTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "Portal.Tests", "Annex", "Golden");

    [Theory]
    [InlineData("md", "annex-esp.md")]
    [InlineData("html", "annex-esp.html")]
    public void Should_Write_The_Fixture_Annex_As_Its_Golden_File(string format, string name)
    {
        var fixture = AnnexInput.Fixture;

        var actual = System.Text.Encoding.UTF8.GetString(fixture.Write(fixture.Document(), Enum.Parse<AnnexFormat>(format, ignoreCase: true)));

        var path = Path.Combine(Folder, name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"no golden file {name}; run with UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    [Fact]
    public void Should_Write_A_Standalone_Html_Annex_Without_Scripts_Or_Requests()
    {
        var fixture = AnnexInput.Fixture;

        var html = System.Text.Encoding.UTF8.GetString(fixture.Write(fixture.Document(), AnnexFormat.Html));

        Assert.StartsWith("<!doctype html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains("default-src &#39;none&#39;", html, StringComparison.Ordinal);
    }
}
