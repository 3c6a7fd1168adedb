namespace Portal.Domain.Methodology;

/// <summary>How far an indicator has come from its baseline towards its target, and whether it is on track.</summary>
public sealed record IndicatorProgress
{
    public required OnTrackBand Band { get; init; }

    /// <summary>Share of the way from baseline to target, 0 to 100; null when it cannot be computed.</summary>
    public double? Percent { get; init; }

    /// <summary>Observed rate over required rate; null when the band was decided without it.</summary>
    public double? Ratio { get; init; }

    /// <summary>Whether the ratio compares compound annual growth rates or, where they are undefined, linear rates.</summary>
    public GrowthModel? Model { get; init; }

    public Observation? Latest { get; init; }

    public static IndicatorProgress NotAssessable(double? percent = null, Observation? latest = null) =>
        new() { Band = OnTrackBand.NotAssessable, Percent = percent, Latest = latest };
}
