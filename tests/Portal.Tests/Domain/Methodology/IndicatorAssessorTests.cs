using Portal.Domain.Methodology;
using Portal.Domain.Model;

namespace Portal.Tests.Domain.Methodology;

public sealed class IndicatorAssessorTests
{
    private const double Tolerance = 1e-9;

    // A baseline year counts from its first day and a target year until its end, so a baseline in 2020 and a
    // target for 2021 are two whole years apart.

    // Rising: 100 at the start of 2020 to 121 by the end of 2021 needs +10 % a year. One year in, a value of
    // 100 * (1 + g) has grown by g, so R = g / 0.10.
    private static readonly Indicator Rising = new() { Baseline = 100, BaselineYear = 2020, Target = 121, TargetYear = 2021 };

    // Falling: 100 to 81 over the same two years needs -10 % a year; a value of 100 * (1 + g) gives R = g / -0.10.
    private static readonly Indicator Falling = new() { Baseline = 100, BaselineYear = 2020, Target = 81, TargetYear = 2021 };

    // From zero, compound rates are undefined: 0 at the start of 2020 to 100 by the end of 2029 needs +10 a year,
    // and a value v five years in gives R = (v / 5) / 10.
    private static readonly Indicator FromZero = new() { Baseline = 0, BaselineYear = 2020, Target = 100, TargetYear = 2029 };

    [Theory]
    [InlineData(110, OnTrackBand.OnTrack, 1.0, 10.0 / 21 * 100)]
    [InlineData(108, OnTrackBand.ModerateProgress, 0.8, 8.0 / 21 * 100)]
    [InlineData(103, OnTrackBand.LimitedProgress, 0.3, 3.0 / 21 * 100)]
    [InlineData(97, OnTrackBand.Deterioration, -0.3, 0)]
    public void Should_Band_A_Rising_Indicator_By_Its_Compound_Growth_Rate(double value, OnTrackBand band, double ratio, double percent)
    {
        var progress = IndicatorAssessor.Assess(Rising, [new Observation(2021.0, value)]);

        Assert.Equal(band, progress.Band);
        Assert.Equal(GrowthModel.Compound, progress.Model);
        Assert.Equal(ratio, progress.Ratio!.Value, Tolerance);
        Assert.Equal(percent, progress.Percent!.Value, Tolerance);
    }

    [Theory]
    [InlineData(90, OnTrackBand.OnTrack, 1.0, 10.0 / 19 * 100)]
    [InlineData(92, OnTrackBand.ModerateProgress, 0.8, 8.0 / 19 * 100)]
    [InlineData(97, OnTrackBand.LimitedProgress, 0.3, 3.0 / 19 * 100)]
    [InlineData(103, OnTrackBand.Deterioration, -0.3, 0)]
    public void Should_Band_A_Falling_Indicator_By_Its_Compound_Growth_Rate(double value, OnTrackBand band, double ratio, double percent)
    {
        var progress = IndicatorAssessor.Assess(Falling, [new Observation(2021.0, value)]);

        Assert.Equal(band, progress.Band);
        Assert.Equal(ratio, progress.Ratio!.Value, Tolerance);
        Assert.Equal(percent, progress.Percent!.Value, Tolerance);
    }

    [Theory]
    [InlineData(121)]
    [InlineData(150)]
    public void Should_Report_Target_Achieved_When_A_Rising_Indicator_Reaches_Or_Passes_Its_Target(double value)
    {
        var progress = IndicatorAssessor.Assess(Rising, [new Observation(2021.0, value)]);

        Assert.Equal(OnTrackBand.TargetAchieved, progress.Band);
        Assert.Equal(100, progress.Percent);
        Assert.Null(progress.Ratio);
    }

    [Theory]
    [InlineData(81)]
    [InlineData(40)]
    public void Should_Report_Target_Achieved_When_A_Falling_Indicator_Reaches_Or_Passes_Its_Target(double value)
    {
        var progress = IndicatorAssessor.Assess(Falling, [new Observation(2021.0, value)]);

        Assert.Equal(OnTrackBand.TargetAchieved, progress.Band);
        Assert.Equal(100, progress.Percent);
    }

    [Fact]
    public void Should_Report_Target_Achieved_When_The_Baseline_Already_Meets_The_Target()
    {
        var indicator = Rising with { Target = 100 };

        var progress = IndicatorAssessor.Assess(indicator, [new Observation(2021.0, 100)]);

        Assert.Equal(OnTrackBand.TargetAchieved, progress.Band);
        Assert.Equal(100, progress.Percent);
    }

    [Theory]
    [InlineData(47.5, OnTrackBand.OnTrack)]            // R = 0.95 exactly
    [InlineData(47.49, OnTrackBand.ModerateProgress)]
    [InlineData(30, OnTrackBand.ModerateProgress)]     // R = 0.6 exactly
    [InlineData(29.99, OnTrackBand.LimitedProgress)]
    [InlineData(0, OnTrackBand.LimitedProgress)]       // R = 0 exactly
    [InlineData(-0.01, OnTrackBand.Deterioration)]
    public void Should_Put_A_Ratio_On_A_Threshold_In_The_Higher_Band(double value, OnTrackBand band)
    {
        var progress = IndicatorAssessor.Assess(FromZero, [new Observation(2025.0, value)]);

        Assert.Equal(band, progress.Band);
        Assert.Equal(value / 5 / 10, progress.Ratio!.Value, Tolerance);
    }

    [Theory]
    [InlineData(0.95, OnTrackBand.OnTrack)]
    [InlineData(0.9499999, OnTrackBand.ModerateProgress)]
    [InlineData(0.6, OnTrackBand.ModerateProgress)]
    [InlineData(0.5999999, OnTrackBand.LimitedProgress)]
    [InlineData(0.0, OnTrackBand.LimitedProgress)]
    [InlineData(-0.0000001, OnTrackBand.Deterioration)]
    [InlineData(3.0, OnTrackBand.OnTrack)]
    public void Should_Band_A_Ratio_By_The_Thresholds(double ratio, OnTrackBand band) =>
        Assert.Equal(band, IndicatorAssessor.BandOf(ratio));

    [Fact]
    public void Should_Fall_Back_To_Linear_Rates_When_The_Baseline_Is_Zero()
    {
        // +4 a year observed against +10 a year required.
        var progress = IndicatorAssessor.Assess(FromZero, [new Observation(2025.0, 20)]);

        Assert.Equal(GrowthModel.Linear, progress.Model);
        Assert.Equal(0.4, progress.Ratio!.Value, Tolerance);
        Assert.Equal(OnTrackBand.LimitedProgress, progress.Band);
        Assert.Equal(20, progress.Percent!.Value, Tolerance);
    }

    [Fact]
    public void Should_Fall_Back_To_Linear_Rates_When_A_Falling_Target_Is_Zero()
    {
        // 100 at the start of 2020 to 0 by the end of 2029 needs -10 a year; -8 a year observed.
        var indicator = new Indicator { Baseline = 100, BaselineYear = 2020, Target = 0, TargetYear = 2029 };

        var progress = IndicatorAssessor.Assess(indicator, [new Observation(2025.0, 60)]);

        Assert.Equal(GrowthModel.Linear, progress.Model);
        Assert.Equal(0.8, progress.Ratio!.Value, Tolerance);
        Assert.Equal(OnTrackBand.ModerateProgress, progress.Band);
        Assert.Equal(40, progress.Percent!.Value, Tolerance);
    }

    [Fact]
    public void Should_Not_Assess_Without_An_Indicator() =>
        Assert.Equal(OnTrackBand.NotAssessable, IndicatorAssessor.Assess(null, [new Observation(2021.0, 110)]).Band);

    [Fact]
    public void Should_Not_Assess_An_Indicator_Without_Values()
    {
        var progress = IndicatorAssessor.Assess(Rising, []);

        Assert.Equal(OnTrackBand.NotAssessable, progress.Band);
        Assert.Null(progress.Percent);
        Assert.Null(progress.Latest);
    }

    [Theory]
    [InlineData("baseline")]
    [InlineData("baseline_year")]
    [InlineData("target")]
    public void Should_Not_Assess_An_Indicator_Missing_A_Part_It_Needs(string missing)
    {
        var indicator = missing switch
        {
            "baseline" => Rising with { Baseline = null },
            "baseline_year" => Rising with { BaselineYear = null },
            _ => Rising with { Target = null },
        };

        var progress = IndicatorAssessor.Assess(indicator, [new Observation(2021.0, 150)]);

        Assert.Equal(OnTrackBand.NotAssessable, progress.Band);
        Assert.Null(progress.Percent);
    }

    [Fact]
    public void Should_Give_The_Percent_But_No_Band_When_The_Target_Year_Is_Missing()
    {
        var progress = IndicatorAssessor.Assess(Rising with { TargetYear = null }, [new Observation(2021.0, 110)]);

        Assert.Equal(OnTrackBand.NotAssessable, progress.Band);
        Assert.Equal(10.0 / 21 * 100, progress.Percent!.Value, Tolerance);
        Assert.Equal(110, progress.Latest?.Value);
        Assert.Null(progress.Ratio);
    }

    [Theory]
    [InlineData(2020.0)]
    [InlineData(2019.5)]
    public void Should_Not_Assess_When_The_Latest_Value_Is_Not_After_The_Baseline_Year(double year)
    {
        var progress = IndicatorAssessor.Assess(Rising, [new Observation(year, 110)]);

        Assert.Equal(OnTrackBand.NotAssessable, progress.Band);
        Assert.Null(progress.Ratio);
    }

    [Fact]
    public void Should_Count_A_Target_Year_Until_Its_End_As_The_Chart_Draws_It()
    {
        // Target for 2027 from 0 at the start of 2024: 100 over four whole years, 25 a year; 50 at the start of
        // 2026 is exactly on pace. Counting the target at the start of 2027 would call it ahead (R = 1.5 / 2 * 3).
        var indicator = new Indicator { Baseline = 0, BaselineYear = 2024, Target = 100, TargetYear = 2027 };

        var progress = IndicatorAssessor.Assess(indicator, [new Observation(2026.0, 50)]);

        Assert.Equal(1.0, progress.Ratio!.Value, Tolerance);
    }

    [Fact]
    public void Should_Not_Assess_When_The_Target_Year_Is_Not_After_The_Baseline_Year()
    {
        var progress = IndicatorAssessor.Assess(Rising with { TargetYear = 2020 }, [new Observation(2021.0, 110)]);

        Assert.Equal(OnTrackBand.NotAssessable, progress.Band);
    }

    [Fact]
    public void Should_Assess_The_Latest_Value_By_Date_Whatever_The_Order_Of_The_Rows()
    {
        var progress = IndicatorAssessor.Assess(Rising, [new Observation(2021.0, 110), new Observation(2020.5, 97)]);

        Assert.Equal(new Observation(2021.0, 110), progress.Latest);
        Assert.Equal(OnTrackBand.OnTrack, progress.Band);
    }

    [Fact]
    public void Should_Assess_The_Later_Row_When_Two_Values_Share_A_Date()
    {
        var progress = IndicatorAssessor.Assess(Rising, [new Observation(2021.0, 97), new Observation(2021.0, 110), new Observation(2020.5, 50)]);

        Assert.Equal(110, progress.Latest?.Value);
        Assert.Equal(OnTrackBand.OnTrack, progress.Band);
    }

    [Theory]
    [InlineData(100, 121, 108, 8.0 / 21 * 100)]
    [InlineData(100, 121, 500, 100)]
    [InlineData(100, 121, 20, 0)]
    [InlineData(100, 80, 90, 50)]
    [InlineData(100, 80, 60, 100)]
    [InlineData(100, 80, 130, 0)]
    [InlineData(10, 10, 3, 100)]
    public void Should_Clamp_The_Percent_Between_0_And_100(double baseline, double target, double value, double percent) =>
        Assert.Equal(percent, IndicatorAssessor.Percent(baseline, target, value), Tolerance);
}
