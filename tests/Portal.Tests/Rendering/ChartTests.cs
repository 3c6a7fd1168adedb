using Portal.Domain.Methodology;
using Portal.Domain.Model;
using Portal.Rendering.Charts;

namespace Portal.Tests.Rendering;

public sealed class ChartTests
{
    private static readonly ChartLabels Labels = new("Homes built over time", "Baseline", "Target", "Reported value", "Pace needed", "On-track band");

    [Fact]
    public void Should_Draw_A_Progress_Bar_Filled_To_Its_Percentage()
    {
        Golden.Verify("progress-bar-62.svg", ProgressBar.Render(62, "62% of the way").Html);
    }

    [Fact]
    public void Should_Draw_No_Progress_Bar_Without_A_Percentage()
    {
        Assert.Equal(string.Empty, ProgressBar.Render(null, "none").Html);
    }

    [Fact]
    public void Should_Draw_Each_Status_As_A_Textured_Share_Of_One_Bar()
    {
        var counts = new[]
        {
            new StatusCount(CommitmentStatus.Planned, 1),
            new StatusCount(CommitmentStatus.InProgress, 2),
            new StatusCount(CommitmentStatus.Achieved, 1),
            new StatusCount(CommitmentStatus.Stalled, 0),
            new StatusCount(CommitmentStatus.Abandoned, 0),
        };

        Golden.Verify("status-chart.svg", StatusChart.Render(counts, "Alpha, commitments by status: Planned 1, In progress 2, Achieved 1", "texture-alpha").Html);
    }

    [Fact]
    public void Should_Name_Each_Status_Texture_After_The_Chart_So_Two_Charts_On_A_Page_Never_Share_An_Id()
    {
        var counts = new[] { new StatusCount(CommitmentStatus.InProgress, 1), new StatusCount(CommitmentStatus.Abandoned, 1) };

        var html = StatusChart.Render(counts, "label", "texture-beta").Html;

        Assert.Contains("id=\"texture-beta-in-progress\"", html, StringComparison.Ordinal);
        Assert.Contains("fill=\"url(#texture-beta-abandoned)\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Draw_An_Indicator_With_Baseline_Target_Values_Pace_And_On_Track_Band()
    {
        var chart = IndicatorChart.Render(
            new IndicatorSeries(new Observation(2020, 100), new Observation(2030.997, 200), [new Observation(2022.5, 120), new Observation(2024, 150)])
            {
                Unit = "homes",
                Markers = [new TimeMarker("due", 2030.997, "Due 2030"), new TimeMarker("as-of", 2026.3, "As of 2026-04-20")],
            },
            Labels,
            GrowthModel.Compound);

        Golden.Verify("indicator-chart.svg", chart.Html);
    }

    [Fact]
    public void Should_Draw_The_Pace_Of_A_Falling_Indicator_As_A_Straight_Line_Under_The_Linear_Model()
    {
        var chart = IndicatorChart.Render(
            new IndicatorSeries(new Observation(2019, 40), new Observation(2027.997, 0), [new Observation(2021, 35), new Observation(2023, 31)]),
            Labels,
            GrowthModel.Linear);

        Golden.Verify("indicator-chart-linear-falling.svg", chart.Html);
    }

    [Fact]
    public void Should_Draw_No_Pace_Or_Band_Without_A_Target()
    {
        var html = IndicatorChart.Render(new IndicatorSeries(new Observation(2020, 10), null, [new Observation(2021, 12)]), Labels, GrowthModel.Compound).Html;

        Assert.DoesNotContain("class=\"pace\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("on-track-band", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"target\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Start_The_Value_Axis_Near_The_Values_When_They_Lie_Far_Above_Zero()
    {
        var html = IndicatorChart.Render(new IndicatorSeries(new Observation(2019, 1240), new Observation(2027, 2000), [new Observation(2026, 1720)]), Labels, GrowthModel.Compound).Html;

        Assert.DoesNotContain(">0</text>", html, StringComparison.Ordinal);
        Assert.Contains(">500</text>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Draw_An_Indicator_Legend_With_A_Key_For_Every_Mark()
    {
        Golden.Verify("indicator-legend.html", IndicatorLegend.Render(Labels).Html);
    }

    [Fact]
    public void Should_Escape_Labels_Written_Into_A_Chart()
    {
        var html = ProgressBar.Render(10, "<script>\"x\"</script>").Html;

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;&quot;x&quot;&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(131.25, 200)]
    [InlineData(0.7, 1)]
    [InlineData(3, 5)]
    [InlineData(0.012, 0.02)]
    [InlineData(100, 100)]
    public void Should_Round_Axis_Steps_To_One_Two_Or_Five_Times_A_Power_Of_Ten(double rough, double nice)
    {
        Assert.Equal(nice, IndicatorChart.NiceStep(rough), precision: 10);
    }
}
