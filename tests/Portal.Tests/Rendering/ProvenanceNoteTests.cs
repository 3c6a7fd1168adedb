using System.Text.RegularExpressions;
using Portal.Rendering;

namespace Portal.Tests.Rendering;

/// <summary>
/// The "Where this comes from" note names a record's row by its file in the data folder, never by a folder of the
/// build machine, and links that file to its published copy under /data/.
/// </summary>
public sealed partial class ProvenanceNoteTests(SampleUnderBasePath sample) : IClassFixture<SampleUnderBasePath>
{
    [Fact]
    public void Should_Render_A_Recommendations_Data_Row_Note_As_Its_Golden_File()
    {
        var page = sample.Read(SitePaths.Recommendation("a-hrc-36-11-para-136-62"));

        Golden.Verify("provenance-note.html", Note(page));
    }

    [Fact]
    public void Should_Name_Each_Record_Page_Data_Row_By_Its_File_And_Link_Its_Published_Copy()
    {
        var city = sample.Model.Cities[0];
        var commitment = sample.Model.Commitments[0];
        var recommendation = sample.Model.Recommendations[^1];

        Assert.Equal([("/portal/data/cities.csv", "cities.csv", city.Row.Line)], DataRows(Note(sample.Read(SitePaths.City(city.Id)))));
        Assert.Equal([("/portal/data/commitments.csv", "commitments.csv", commitment.Row.Line)], DataRows(Note(sample.Read(SitePaths.Commitment(commitment.Id)))));
        Assert.Equal(
            [("/portal/data/recommendations.csv", "recommendations.csv", recommendation.Row.Line)],
            DataRows(Note(sample.Read(SitePaths.Recommendation(sample.Model.RecommendationSlug[recommendation.Id])))));
    }

    [Fact]
    public void Should_Link_Each_Progress_Report_Of_A_Commitments_History_To_Its_Row_In_The_Published_Progress_File()
    {
        var commitment = sample.Model.Commitments.First(c => sample.Model.Evaluation[c.Id].History.Count > 1);
        var page = sample.Read(SitePaths.Commitment(commitment.Id));

        var rows = HistoryRows().Matches(page).Select(m => (m.Groups["href"].Value, m.Groups["file"].Value, int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(
            sample.Model.Evaluation[commitment.Id].History.Select(r => ("/portal/data/progress.csv", "progress.csv", r.Row.Line)).Order(),
            rows.Order());
    }

    [Fact]
    public void Should_Find_Each_Record_At_The_Line_Its_Note_Names_In_The_Published_Copy()
    {
        var published = sample.Read("/data/recommendations.csv").Split('\n');

        Assert.All(sample.Model.Recommendations, r => Assert.StartsWith(r.Id + ",", published[r.Row.Line - 1], StringComparison.Ordinal));
    }

    private static string Note(string page)
    {
        var start = page.IndexOf("<section class=\"provenance\"", StringComparison.Ordinal);
        var end = page.IndexOf("</section>", start, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "the page has no provenance note");
        return page[start..(end + "</section>".Length)] + "\n";
    }

    private static List<(string Href, string File, int Line)> DataRows(string note) =>
        [.. DataRow().Matches(note).Select(m => (m.Groups["href"].Value, m.Groups["file"].Value, int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture)))];

    [GeneratedRegex("""<a href="(?<href>[^"]*)"><code>(?<file>[^<]*)</code></a>, line (?<line>\d+)""")]
    private static partial Regex DataRow();

    [GeneratedRegex("""<td><a href="(?<href>[^"]*)"><code>(?<file>[^<:]*):(?<line>\d+)</code></a></td>""")]
    private static partial Regex HistoryRows();
}
