using System.Text.RegularExpressions;
using Portal.Domain.Methodology;
using Portal.Domain.Model;
using Portal.OpenData;
using Portal.Rendering;
using Portal.Tests.Pipeline;

namespace Portal.Tests.OpenData;

/// <summary>The needs-attention pages, their CSVs and the open data agree on which commitments have which verdict.</summary>
public sealed partial class AttentionPageTests(BuiltSample sample) : IClassFixture<BuiltSample>
{
    public static TheoryData<string> AttentionVerdicts => [.. NeedsAttention.Verdicts.Select(Vocabularies.Verdict.WordOf)];

    [Theory]
    [MemberData(nameof(AttentionVerdicts))]
    public void Should_List_Exactly_The_Commitments_Whose_Open_Data_Rows_Have_The_Verdict(string verdict)
    {
        var published = CsvFile.Read(sample.File(DataPaths.Csv(CommitmentRecords.Name))).Records
            .Where(row => row["verdict"] == verdict)
            .Select(row => row["id"]);

        Assert.Equal(published.Order(StringComparer.Ordinal), PageRows(verdict).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(AttentionVerdicts))]
    public void Should_Publish_Beside_Each_Page_A_Csv_Of_Exactly_Its_Rows_In_Its_Order(string verdict)
    {
        var csv = CsvFile.Read(sample.File(SitePaths.AttentionCsv(verdict)));

        Assert.Equal(PageRows(verdict), csv.Column("id"));
        Assert.All(csv.Column("verdict"), v => Assert.Equal(verdict, v));
    }

    [Fact]
    public void Should_Put_The_Latest_Overdue_Commitment_First()
    {
        var late = PageRows("overdue").Select(id => sample.Model.Evaluation[id].DaysPastDue!.Value).ToList();

        Assert.Equal(late.OrderDescending(), late);
    }

    [Fact]
    public void Should_Give_The_Interpreting_Commitment_One_Verdict_That_Agrees_With_Its_Missed_Deadline()
    {
        var page = sample.Read(SitePaths.Commitment("marisma-alta-health-interpreting"));
        var headline = page[..page.IndexOf("commitment-overview", StringComparison.Ordinal)];

        var published = CsvFile.Read(sample.File(DataPaths.Csv(CommitmentRecords.Name))).Records
            .Single(row => row["id"] == "marisma-alta-health-interpreting")["verdict"];

        Assert.Equal([published], VerdictFigure().Matches(page).Select(m => m.Groups[1].Value));
        Assert.DoesNotContain("Not updated for 12 months", headline, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Link_The_Home_And_City_Summaries_To_The_Attention_Pages()
    {
        var pages = new[] { sample.Read(SitePaths.Home), sample.Read(SitePaths.City("marisma-alta")) };

        Assert.All(pages, page => Assert.Contains($"href=\"{SitePaths.Attention("overdue")}\"", page, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(AttentionVerdicts))]
    public void Should_List_Each_Attention_Page_And_Its_Csv_With_Its_Count_On_The_Data_Page(string verdict)
    {
        var data = sample.Read(DataPaths.Page);
        var count = PageRows(verdict).Count;

        Assert.Contains($"<a href=\"{SitePaths.Attention(verdict)}\">", data, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{SitePaths.AttentionCsv(verdict)}\" download><code>commitments-{verdict}.csv</code></a>", data, StringComparison.Ordinal);
        Assert.Contains(count == 1 ? "(1 record)" : $"({count} records)", data, StringComparison.Ordinal);
    }

    private IReadOnlyList<string> PageRows(string verdict) =>
        [.. PageRow().Matches(sample.Read(SitePaths.Attention(verdict))).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<tr data-commitment=\"([^\"]+)\">")]
    private static partial Regex PageRow();

    [GeneratedRegex("data-figure=\"verdict\" data-verdict=\"([^\"]+)\"")]
    private static partial Regex VerdictFigure();
}
