using Portal.Domain.Methodology;
using Portal.Rendering.Charts;

namespace Portal.Tests.Rendering;

public sealed class PaceCurveTests
{
    private static readonly Observation Baseline = new(2020, 100);
    private static readonly Observation Target = new(2030, 200);

    [Theory]
    [InlineData(GrowthModel.Compound)]
    [InlineData(GrowthModel.Linear)]
    public void Should_Run_From_The_Baseline_To_The_Target_At_The_Pace_Needed(GrowthModel model)
    {
        var pace = new PaceCurve(Baseline, Target, model);

        Assert.Equal(100, pace.ValueAt(2020, 1), precision: 9);
        Assert.Equal(200, pace.ValueAt(2030, 1), precision: 9);
    }

    [Fact]
    public void Should_Put_The_On_Track_Edge_Where_The_Linear_Rate_Is_95_Percent_Of_The_Rate_Needed()
    {
        var pace = new PaceCurve(Baseline, Target, GrowthModel.Linear);

        Assert.Equal(100 + 0.95 * 50, pace.ValueAt(2025, IndicatorAssessor.OnTrackThreshold), precision: 9);
    }

    [Fact]
    public void Should_Put_The_On_Track_Edge_Where_The_Compound_Rate_Is_95_Percent_Of_The_Rate_Needed()
    {
        var pace = new PaceCurve(Baseline, Target, GrowthModel.Compound);
        var edge = pace.ValueAt(2025, IndicatorAssessor.OnTrackThreshold);
        var assessed = IndicatorAssessor.Assess(
            new Portal.Domain.Model.Indicator { Baseline = 100, BaselineYear = 2020, Target = 200, TargetYear = 2029 },
            [new Observation(2025, edge)]);

        Assert.Equal(IndicatorAssessor.OnTrackThreshold, assessed.Ratio!.Value, precision: 9);
    }

    [Fact]
    public void Should_Have_No_Pace_When_The_Target_Year_Is_Not_After_The_Baseline_Year()
    {
        Assert.False(new PaceCurve(Baseline, new Observation(2020, 200), GrowthModel.Linear).IsDefined);
        Assert.True(new PaceCurve(Baseline, Target, GrowthModel.Linear).IsDefined);
    }
}
