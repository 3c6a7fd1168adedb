using Portal.Domain.Methodology;

namespace Portal.Rendering.Charts;

/// <summary>What an indicator chart draws: its points in decimal years, the unit its values count, and the moments it marks.</summary>
internal sealed record IndicatorSeries(Observation Baseline, Observation? Target, IReadOnlyList<Observation> Values)
{
    public string? Unit { get; init; }

    public IReadOnlyList<TimeMarker> Markers { get; init; } = [];

    /// <summary>Every moment the time axis must reach.</summary>
    public IEnumerable<double> Years =>
        Values.Select(v => v.Year).Append(Baseline.Year).Concat(Target is { } t ? [t.Year] : []).Concat(Markers.Select(m => m.Year));

    /// <summary>Every value the value axis must reach.</summary>
    public IEnumerable<double> Amounts =>
        Values.Select(v => v.Value).Append(Baseline.Value).Concat(Target is { } t ? [t.Value] : []);
}
