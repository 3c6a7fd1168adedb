using Portal.Domain.Model;
using Portal.Rendering.Charts;

namespace Portal.Tests.Rendering;

public sealed class CoverageChartTests
{
    private static readonly CoverageCell[] Cells =
    [
        new(1, 0, "Declaration", AssessmentStatus.InPlace, "In place"),
        new(2, 0, "Charter", AssessmentStatus.InProgress, "In progress"),
        new(3, 1, "Office", AssessmentStatus.Planned, "Planned"),
        new(4, 1, "Oversight", AssessmentStatus.NotInPlace, "Not in place"),
        new(5, 2, "Plan", null, "Not assessed"),
    ];

    [Fact]
    public void Should_Draw_A_Citys_Framework_Coverage_As_A_Row_Of_Marks_Grouped_By_Pillar()
    {
        Golden.Verify("coverage-strip.svg", CoverageStrip.Render(Cells, "Alpha, framework elements: In place 1, In progress 1").Html);
    }

    [Fact]
    public void Should_Number_The_Columns_Of_The_Coverage_Matrix_Above_The_Marks()
    {
        Golden.Verify("coverage-header.svg", CoverageStrip.Header(Cells).Html);
    }

    [Fact]
    public void Should_Draw_A_Different_Shape_For_Each_Assessment()
    {
        var keys = Enum.GetValues<AssessmentStatus>().Select(s => (AssessmentStatus?)s).Append(null)
            .Select(status => AssessmentMarker.Key(status).Html)
            .ToList();

        Golden.Verify("assessment-marks.svg", string.Join('\n', keys));
        Assert.Equal(keys.Count, keys.Select(k => k[k.IndexOf("<g ", StringComparison.Ordinal)..].Replace("mark-", string.Empty, StringComparison.Ordinal)).Distinct().Count());
    }

    [Fact]
    public void Should_Hide_The_Column_Numbers_And_Keys_From_Screen_Readers_But_Name_The_Strip()
    {
        Assert.Contains("aria-hidden=\"true\"", CoverageStrip.Header(Cells).Html, StringComparison.Ordinal);
        Assert.Contains("aria-hidden=\"true\"", AssessmentMarker.Key(AssessmentStatus.InPlace).Html, StringComparison.Ordinal);
        Assert.Contains("role=\"img\" aria-label=\"Alpha", CoverageStrip.Render(Cells, "Alpha").Html, StringComparison.Ordinal);
    }
}
