namespace Portal.Rendering.Charts;

/// <summary>The UI text a chart writes, resolved from the theme's strings by the caller.</summary>
internal sealed record ChartLabels(string Title, string Baseline, string Target, string Value, string Pace);
