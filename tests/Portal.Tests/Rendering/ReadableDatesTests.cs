using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Portal.Domain.Model;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Rendering;

/// <summary>
/// Every page of the sample site shows dates as people write them and keeps the ISO date for machines in
/// <c>&lt;time datetime&gt;</c>; and no breadcrumb names the page twice.
/// </summary>
public sealed partial class ReadableDatesTests(BuiltSample sample) : IClassFixture<BuiltSample>
{
    /// <summary>
    /// Where an ISO date may be seen: inside <c>&lt;time&gt;</c> (its text is checked apart), code, scripts, a chart,
    /// an address (<c>.url</c>), and Markdown the site's editors wrote (<c>.prose</c>), which may quote the data.
    /// </summary>
    private const string MachineText = "time, code, pre, script, style, svg, .url, .prose";

    [Fact]
    public void Should_Show_No_Iso_Date_In_The_Text_Of_Any_Page()
    {
        var found = Pages()
            .SelectMany(page => VisibleText(page.Document).SelectMany(text => IsoDate().Matches(text).Select(m => $"{page.Path}: {m.Value} in \"{text.Trim()}\"")))
            .ToList();

        Assert.Empty(found);
    }

    [Fact]
    public void Should_Give_Every_Date_An_Iso_Datetime_And_Show_It_In_Words()
    {
        var times = Pages().SelectMany(page => page.Document.QuerySelectorAll("time").Select(time => (page.Path, Time: time))).ToList();

        Assert.NotEmpty(times);
        Assert.All(times, t =>
        {
            var datetime = t.Time.GetAttribute("datetime");
            Assert.True(PartialDate.TryParse(datetime, out var date), $"{t.Path}: <time datetime=\"{datetime}\">");
            Assert.Matches(date.Month is null ? "^\\d{4}$" : "^(\\d{1,2} )?[A-Z][a-z]+ \\d{4}$", t.Time.TextContent);
        });
    }

    [Fact]
    public void Should_Write_The_Page_Dates_In_Words_Under_Every_Header()
    {
        var header = sample.Read("/commitments/").Replace("\n", " ", StringComparison.Ordinal);

        Assert.Contains("Figures calculated as of <time datetime=\"2026-06-30\">30 June 2026</time>", header, StringComparison.Ordinal);
        Assert.Matches("Data last updated <time datetime=\"\\d{4}-\\d{2}-\\d{2}\">\\d{1,2} [A-Z][a-z]+ \\d{4}</time>", header);
    }

    [Fact]
    public void Should_Not_Repeat_The_Last_Crumb_Of_Any_Breadcrumb()
    {
        var trails = Pages()
            .Select(page => (page.Path, Crumbs: page.Document.QuerySelectorAll("nav.breadcrumbs li").Select(li => li.TextContent.Trim()).ToList()))
            .Where(t => t.Crumbs.Count > 0)
            .ToList();

        Assert.NotEmpty(trails);
        Assert.All(trails, t => Assert.True(t.Crumbs.Count < 2 || t.Crumbs[^1] != t.Crumbs[^2], $"{t.Path}: {string.Join(" / ", t.Crumbs)}"));
    }

    [Fact]
    public void Should_Lead_From_Home_Straight_To_The_First_Page_Of_A_Listing()
    {
        var crumbs = Parse(sample.Read("/commitments/")).QuerySelectorAll("nav.breadcrumbs li").Select(li => li.TextContent.Trim());

        Assert.Equal(["Home", "Commitments"], crumbs);
    }

    private IEnumerable<(string Path, IDocument Document)> Pages() =>
        Directory.EnumerateFiles(sample.Output, "*.html", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => (Path.GetRelativePath(sample.Output, file), Parse(File.ReadAllText(file))));

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static IEnumerable<string> VisibleText(IDocument document) =>
        document.All
            .Where(element => element.Closest(MachineText) is null)
            .SelectMany(element => element.ChildNodes.OfType<IText>())
            .Select(text => text.Data);

    [GeneratedRegex(@"\b\d{4}-\d{2}(-\d{2})?\b")]
    private static partial Regex IsoDate();
}
