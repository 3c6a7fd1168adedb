using System.Net;
using System.Text.RegularExpressions;
using Portal.Rendering.Markdown;

namespace Portal.Tests.Rendering;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _markdown = new();

    [Fact]
    public void Should_Show_Raw_Html_As_Text()
    {
        var html = _markdown.Render("Hello <script>alert(1)</script> <img src=x onerror=alert(1)>").Html;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[x](vbscript:msgbox)")]
    [InlineData("![x](javascript:alert(1))")]
    public void Should_Neutralise_Links_With_Unsafe_Schemes(string markdown)
    {
        var html = _markdown.Render(markdown).Html;

        Assert.DoesNotContain("script:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("<javascript:alert(8)>")]
    [InlineData("<JAVASCRIPT:alert(8)>")]
    [InlineData("<vbscript:msgbox(8)>")]
    [InlineData("<file:///etc/passwd>")]
    [InlineData("<data:text/html;base64,PHNjcmlwdD4=>")]
    public void Should_Show_An_Autolink_With_An_Unsafe_Scheme_As_Text(string markdown)
    {
        var html = _markdown.Render(markdown).Html;

        Assert.DoesNotContain("href", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(markdown[1..^1], html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x][evil]\n\n[evil]: javascript:alert(1)")]
    [InlineData("[evil]\n\n[evil]: vbscript:msgbox(1)")]
    [InlineData("![x][evil]\n\n[evil]: javascript:alert(1)")]
    [InlineData("[x](jav&#x09;ascript:alert(1))")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("[x](javascript&colon;alert(1))")]
    [InlineData("[x](<java script:alert(1)>)")]
    [InlineData("[x](<java\nscript:alert(1)>)")]
    [InlineData("[x](\u0001javascript:alert(1))")]
    [InlineData("[x](file:///etc/passwd)")]
    [InlineData("![x](data:image/svg+xml;base64,PHN2Zz4=)")]
    [InlineData("ftp://example.org/file and tel:+34123")]
    public void Should_Write_No_Live_Link_With_An_Unsafe_Scheme_From_Any_Syntax(string markdown)
    {
        var html = _markdown.Render(markdown).Html;

        foreach (var url in LinkTargets(html))
        {
            Assert.True(url is "#" || url.StartsWith("http", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal), $"'{url}' in {html}");
        }
    }

    [Theory]
    [InlineData("<https://example.org/a>", "https://example.org/a")]
    [InlineData("<office@example.org>", "mailto:office@example.org")]
    [InlineData("<MAILTO:office@example.org>", "MAILTO:office@example.org")]
    [InlineData("See www.example.org today", "http://www.example.org")]
    [InlineData("See https://example.org/x today", "https://example.org/x")]
    [InlineData("[x][ok]\n\n[ok]: /cities/x/", "/cities/x/")]
    public void Should_Keep_Safe_Links_Of_Every_Syntax(string markdown, string url)
    {
        var html = _markdown.Render(markdown).Html;

        Assert.Contains($"href=\"{url}\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("> ", "", 300)]
    [InlineData("- ", "", 300)]
    [InlineData("*a ", " a*", 300)]
    [InlineData("![", "](x)", 300)]
    public void Should_Name_Markdown_Nested_Past_The_Depth_Limit_As_A_Problem(string opening, string closing, int times)
    {
        var markdown = string.Concat(Enumerable.Repeat(opening, times)) + "deep" + string.Concat(Enumerable.Repeat(closing, times));

        var problem = _markdown.Problem(markdown);

        Assert.NotNull(problem);
        Assert.Contains("nested too deeply", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Find_No_Problem_In_Ordinary_Markdown()
    {
        Assert.Null(_markdown.Problem("## Plan\n\n> quoted\n> > twice\n\n- a\n  - b\n\n**bold** [x](https://example.org)"));
    }

    [Theory]
    [InlineData("https://example.org/a")]
    [InlineData("http://example.org")]
    [InlineData("mailto:office@example.org")]
    [InlineData("/cities/x/")]
    [InlineData("../methodology/")]
    [InlineData("#history")]
    public void Should_Keep_Safe_Links(string url)
    {
        Assert.Contains($"href=\"{url}\"", _markdown.Render($"[x]({url})").Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Drop_A_Leading_H1_And_Start_Headings_Below_The_Pages_Own_H1()
    {
        var html = _markdown.Render("# Title\n\nText\n\n# Part\n\n## Section").Html;

        Assert.DoesNotContain("<h1", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Title", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"part\">Part</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"section\">Section</h3>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Keep_Headings_That_Already_Start_At_H2()
    {
        var html = _markdown.Render("# Title\n\n## Part\n\n### Section").Html;

        Assert.Contains("<h2 id=\"part\">Part</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"section\">Section</h3>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Give_Table_Header_Cells_A_Column_Scope()
    {
        var html = _markdown.Render("| Band | R |\n|---|---|\n| On track | 0.95 |").Html;

        Assert.Contains("<th scope=\"col\">Band</th>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Wrap_A_Table_In_A_Scrollable_Region_Named_By_The_Heading_Above_It()
    {
        var html = _markdown.Render("## Ratings\n\n| Band | R |\n|---|---|\n| On track | 0.95 |").Html;

        Assert.Contains("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"ratings\"><table aria-labelledby=\"ratings\">", html, StringComparison.Ordinal);
        Assert.EndsWith("</table>\n</div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Give_Every_Heading_An_Id_To_Link_To()
    {
        var html = _markdown.Render("## What is a Human Rights City?\n\nText\n\n### The \"as of\" date").Html;

        Assert.Contains("<h2 id=\"what-is-a-human-rights-city\">", html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"the-as-of-date\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Render_Nothing_For_Empty_Markdown()
    {
        Assert.Equal(string.Empty, _markdown.Render("  \n").Html);
    }

    /// <summary>Every href and src the HTML holds, entities decoded, as a browser would read them.</summary>
    private static IEnumerable<string> LinkTargets(string html) =>
        Regex.Matches(html, "(?:href|src)=\"([^\"]*)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value));
}
