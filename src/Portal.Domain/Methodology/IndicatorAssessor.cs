using Portal.Domain.Model;

namespace Portal.Domain.Methodology;

/// <summary>
/// The progress methodology for a numeric indicator, after Open SDG's progress status, which follows
/// Statistics Canada: compare the observed compound annual growth rate with the rate needed to reach the
/// target by the target year. Their ratio R decides the band.
/// </summary>
public static class IndicatorAssessor
{
    public const double OnTrackThreshold = 0.95;
    public const double ModerateThreshold = 0.6;

    /// <summary>
    /// A target year as a deadline: the moment it ends, so a target for 2027 may be met until the end of
    /// 31 December 2027, where the chart draws it. The baseline year counts from its first day.
    /// </summary>
    public static double TargetTime(int targetYear) => targetYear + 1;

    public static IndicatorProgress Assess(Indicator? indicator, IReadOnlyList<Observation> values)
    {
        if (indicator is not { Baseline: { } baseline, BaselineYear: { } baselineYear, Target: { } target }
            || values.Count == 0)
        {
            return IndicatorProgress.NotAssessable();
        }

        var latest = Latest(values);
        var percent = Percent(baseline, target, latest.Value);
        if (HasReached(baseline, target, latest.Value))
        {
            return new IndicatorProgress { Band = OnTrackBand.TargetAchieved, Percent = percent, Latest = latest };
        }

        var elapsed = latest.Year - baselineYear;
        var horizon = indicator.TargetYear is { } targetYear && targetYear > baselineYear ? TargetTime(targetYear) - baselineYear : (double?)null;
        if (elapsed <= 0 || horizon is not > 0)
        {
            return IndicatorProgress.NotAssessable(percent, latest);
        }

        var (ratio, model) = Ratio(baseline, target, latest.Value, elapsed, horizon.Value);
        return new IndicatorProgress
        {
            Band = BandOf(ratio),
            Percent = percent,
            Ratio = ratio,
            Model = model,
            Latest = latest,
        };
    }

    public static OnTrackBand BandOf(double ratio) => ratio switch
    {
        >= OnTrackThreshold => OnTrackBand.OnTrack,
        >= ModerateThreshold => OnTrackBand.ModerateProgress,
        >= 0 => OnTrackBand.LimitedProgress,
        _ => OnTrackBand.Deterioration,
    };

    /// <summary>Whether a value meets the target, in the direction the target lies from the baseline.</summary>
    public static bool HasReached(double baseline, double target, double value) =>
        target >= baseline ? value >= target : value <= target;

    /// <summary>Share of the way from baseline to target, clamped to 0-100. A target equal to the baseline is met at once.</summary>
    public static double Percent(double baseline, double target, double value)
    {
        if (target == baseline)
        {
            return 100;
        }

        var share = (value - baseline) / (target - baseline) * 100;
        return Math.Clamp(share, 0, 100);
    }

    private static (double Ratio, GrowthModel Model) Ratio(
        double baseline, double target, double latest, double elapsed, double horizon)
    {
        if (baseline > 0 && latest > 0 && target > 0)
        {
            var observed = Math.Pow(latest / baseline, 1 / elapsed) - 1;
            var required = Math.Pow(target / baseline, 1 / horizon) - 1;
            return (observed / required, GrowthModel.Compound);
        }

        var observedLinear = (latest - baseline) / elapsed;
        var requiredLinear = (target - baseline) / horizon;
        return (observedLinear / requiredLinear, GrowthModel.Linear);
    }

    private static Observation Latest(IReadOnlyList<Observation> values)
    {
        var latest = values[0];
        foreach (var value in values)
        {
            // The later row wins a tie: a correction reported on the same date replaces the earlier value.
            if (value.Year >= latest.Year)
            {
                latest = value;
            }
        }

        return latest;
    }
}
