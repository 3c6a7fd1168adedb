using Portal.Domain.Methodology;
using Portal.Domain.Model;
using Portal.Rendering.Charts;

namespace Portal.Tests.Rendering;

public sealed class ChartTests
{
    private static readonly ChartLabels Labels = new("Homes built over time", "Baseline", "Target", "Reported value", "Pace needed");

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
    public void Should_Draw_Each_Status_As_A_Share_Of_One_Bar()
    {
        var counts = new[]
        {
            new StatusCount(CommitmentStatus.Planned, 1),
            new StatusCount(CommitmentStatus.InProgress, 2),
            new StatusCount(CommitmentStatus.Achieved, 1),
            new StatusCount(CommitmentStatus.Stalled, 0),
            new StatusCount(CommitmentStatus.Abandoned, 0),
        };

        Golden.Verify("status-chart.svg", StatusChart.Render(counts, "Alpha, commitments by status: Planned 1, In progress 2, Achieved 1").Html);
    }

    [Fact]
    public void Should_Draw_An_Indicator_With_Baseline_Target_Values_And_Pace()
    {
        var chart = IndicatorChart.Render(
            new Observation(2020, 100),
            new Observation(2030, 200),
            [new Observation(2022.5, 120), new Observation(2024, 150)],
            Labels);

        Golden.Verify("indicator-chart.svg", chart.Html);
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
