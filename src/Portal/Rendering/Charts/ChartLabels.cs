namespace Portal.Rendering.Charts;

/// <summary>The UI text an indicator chart and its legend write, resolved from the theme's strings by the caller.</summary>
internal sealed record ChartLabels(string Title, string Baseline, string Target, string Value, string Pace, string OnTrack);
