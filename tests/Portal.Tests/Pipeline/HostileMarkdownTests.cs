using System.Net;
using System.Text.RegularExpressions;
using Portal.Pipeline;
using Portal.Testing;

namespace Portal.Tests.Pipeline;

/// <summary>
/// Markdown from a description cell and from a content page, built into a whole site: no link of any syntax
/// leaves the allow-list, and Markdown nested past Markdig's limit is an error at its cell or file, never a crash.
/// Each test works on a copy of the smallest valid data set.
/// </summary>
public sealed partial class HostileMarkdownTests : IDisposable
{
    /// <summary>Every link syntax with a scheme outside the allow-list: autolinks, inline, reference, image, entities, whitespace.</summary>
    private const string LinkVectors = """
        <javascript:alert(8)> <JAVASCRIPT:alert(8)> <vbscript:msgbox(8)> <file:///etc/passwd> <data:text/html;base64,PHNjcmlwdD4=>

        [inline](javascript:alert(1)) ![image](javascript:alert(2)) [tab](jav&#x09;ascript:alert(3)) [entity](&#106;avascript:alert(4))
        [colon](javascript&colon;alert(5)) [spaced](<java script:alert(6)>) [file](file:///etc/passwd) ftp://example.org/file

        [reference][evil] ![image reference][evil]

        [evil]: javascript:alert(7)
        """;

    /// <summary>The 600-byte cell of the issue: 300 nested block quotes.</summary>
    private static readonly string DeepQuotes = string.Concat(Enumerable.Repeat("> ", 300));

    private readonly TemporaryFolder _folder = new();

    public HostileMarkdownTests()
    {
        Options = FixtureCopy.In(_folder);
    }

    private BuildOptions Options { get; }

    [Fact]
    public void Should_Write_No_Href_Or_Src_Outside_The_Allow_List_From_A_Description_Cell_Or_A_Content_Page()
    {
        SetDescription(LinkVectors);
        File.AppendAllText(_folder.Combine("input", "about.md"), "\n" + LinkVectors + "\n");

        var report = new SiteBuilder().Build(Options);

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var commitment = File.ReadAllText(_folder.Combine("output", "commitments", "homes", "index.html"));
        var about = File.ReadAllText(_folder.Combine("output", "about", "index.html"));
        Assert.Contains("javascript:alert(8)", commitment, StringComparison.Ordinal);
        Assert.Contains("javascript:alert(8)", about, StringComparison.Ordinal);
        foreach (var page in Directory.GetFiles(_folder.Combine("output"), "*.html", SearchOption.AllDirectories))
        {
            foreach (var target in LinkTargets(File.ReadAllText(page)))
            {
                Assert.True(IsAllowed(target), $"{page}: href or src '{target}'");
            }
        }
    }

    [Fact]
    public void Should_Report_A_Description_Cell_Nested_Too_Deeply_At_Its_Cell_In_Validate()
    {
        SetDescription(DeepQuotes);

        var report = new SiteValidator().Validate(Options);

        var error = Assert.Single(report.Diagnostics);
        Assert.EndsWith("commitments.csv:2:40: error: the Markdown is nested too deeply: quotes, lists, emphasis and links may nest at most 128 levels", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Report_A_Description_Cell_Nested_Too_Deeply_In_A_Build_Without_Crashing_Or_Writing()
    {
        SetDescription(DeepQuotes);

        var report = new SiteBuilder().Build(Options);

        Assert.False(report.Succeeded);
        Assert.Contains(report.Diagnostics, d => d.ToString().Contains("commitments.csv:2:", StringComparison.Ordinal) && d.Message.Contains("nested too deeply", StringComparison.Ordinal));
        Assert.False(Directory.Exists(_folder.Combine("output")));
    }

    [Fact]
    public void Should_Report_A_Content_Page_Nested_Too_Deeply_At_Its_File_In_Validate_And_Build()
    {
        File.AppendAllText(_folder.Combine("input", "about.md"), "\n" + DeepQuotes + "deep\n");

        var validated = new SiteValidator().Validate(Options);
        var built = new SiteBuilder().Build(Options);

        foreach (var report in new[] { validated, built })
        {
            var error = Assert.Single(report.Diagnostics);
            Assert.EndsWith("about.md:4:1: error: the Markdown is nested too deeply: quotes, lists, emphasis and links may nest at most 128 levels", error.ToString(), StringComparison.Ordinal);
        }
    }

    public void Dispose() => _folder.Dispose();

    private void SetDescription(string markdown)
    {
        var commitments = CsvFile.Read(_folder.Combine("data", "commitments.csv"));
        if (!commitments.Header.Contains("description"))
        {
            var header = commitments.Header.Append("description").ToArray();
            var rows = commitments.Rows.Select(r => r.Append(string.Empty).ToArray()).ToList();
            File.WriteAllLines(commitments.FilePath, [string.Join(',', header), .. rows.Select(r => string.Join(',', r))]);
            commitments = CsvFile.Read(commitments.FilePath);
        }

        commitments.Set("homes", "description", markdown);
        commitments.Write();
    }

    /// <summary>Every href and src of a page, entities decoded, as a browser reads them.</summary>
    private static IEnumerable<string> LinkTargets(string html) =>
        LinkAttribute().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value));

    /// <summary>A browser drops tabs and line breaks anywhere and control characters around a URL before it reads the scheme.</summary>
    private static bool IsAllowed(string url)
    {
        var scheme = Scheme().Match(Regex.Replace(url, "[\\t\\n\\r]", string.Empty).Trim('\0', ' ', '\u0001', '\u001f'));
        return !scheme.Success || scheme.Groups["scheme"].Value.ToLowerInvariant() is "http" or "https" or "mailto";
    }

    [GeneratedRegex("""\b(?:href|src)\s*=\s*"(?<url>[^"]*)"|\b(?:href|src)\s*=\s*'(?<url>[^']*)'""", RegexOptions.IgnoreCase)]
    private static partial Regex LinkAttribute();

    [GeneratedRegex("^(?<scheme>[A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex Scheme();
}
