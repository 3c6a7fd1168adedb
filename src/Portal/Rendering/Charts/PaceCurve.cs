using Portal.Domain.Methodology;

namespace Portal.Rendering.Charts;

/// <summary>
/// Where an indicator would be at a given time if it moved from its baseline at some share of the pace needed
/// to reach its target on time, under the growth model the methodology compares rates with. At share 1 this is
/// the pace-needed line; at the on-track threshold (0.95) it is the lower edge of the on-track band.
/// </summary>
internal sealed class PaceCurve(Observation baseline, Observation target, GrowthModel model)
{
    public Observation Baseline => baseline;

    public Observation Target => target;

    /// <summary>A target year after the baseline year: without one there is no pace to draw.</summary>
    public bool IsDefined => target.Year > baseline.Year && (model == GrowthModel.Linear || baseline.Value > 0 && target.Value > 0);

    public double ValueAt(double year, double share)
    {
        var horizon = target.Year - baseline.Year;
        var elapsed = year - baseline.Year;
        if (model == GrowthModel.Compound)
        {
            var required = Math.Pow(target.Value / baseline.Value, 1 / horizon) - 1;
            return baseline.Value * Math.Pow(1 + share * required, elapsed);
        }

        return baseline.Value + share * (target.Value - baseline.Value) / horizon * elapsed;
    }

    /// <summary>Years from baseline to target in even steps, both ends included.</summary>
    public IEnumerable<double> Years(int steps) =>
        Enumerable.Range(0, steps + 1).Select(i => baseline.Year + (target.Year - baseline.Year) * i / steps);
}
