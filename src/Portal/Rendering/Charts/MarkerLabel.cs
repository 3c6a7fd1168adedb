namespace Portal.Rendering.Charts;

/// <summary>
/// A time marker placed on an indicator chart: its line at <paramref name="LineX"/>, its label centred on
/// <paramref name="LabelX"/> (moved in from the edge of the drawing if needed) in a row above the plot, row 0
/// being the nearest.
/// </summary>
internal sealed record MarkerLabel(TimeMarker Marker, double LineX, double LabelX, double HalfWidth, int Row)
{
    public double Left => LabelX - HalfWidth;

    public double Right => LabelX + HalfWidth;

    public bool Covers(double x, double gap) => x >= Left - gap && x <= Right + gap;
}
