namespace Portal.Rendering.Charts;

/// <summary>
/// Puts the labels of an indicator chart's time markers in rows above the plot, each over its line and as near
/// the plot as it can go without touching another label.
/// </summary>
internal static class MarkerRows
{
    private const double Gap = 6;

    /// <param name="x">Where a moment lies across the drawing.</param>
    /// <param name="margin">The room to leave between a label and either edge of the drawing.</param>
    public static IReadOnlyList<MarkerLabel> Place(IReadOnlyList<TimeMarker> markers, Func<double, double> x, double fontSize, double width, double margin)
    {
        var placed = new List<MarkerLabel>();
        foreach (var marker in markers.OrderBy(m => m.Year))
        {
            var lineX = x(marker.Year);
            var half = TextExtent.Width(marker.Label, fontSize) / 2;
            var labelX = Math.Clamp(lineX, margin + half, Math.Max(margin + half, width - margin - half));
            var row = 0;
            while (placed.Any(other => other.Row == row && Overlap(other, labelX, half)))
            {
                row++;
            }

            placed.Add(new MarkerLabel(marker, lineX, labelX, half, row));
        }

        return placed;
    }

    /// <summary>
    /// Whether a marker's line can run up to its label: only when no label in a row nearer the plot stands in its
    /// way. Otherwise it starts at the top of the plot and its label is matched to it by its style.
    /// </summary>
    public static bool ReachesLabel(MarkerLabel label, IReadOnlyList<MarkerLabel> all) =>
        !all.Any(other => other.Row < label.Row && other.Covers(label.LineX, Gap));

    private static bool Overlap(MarkerLabel other, double labelX, double half) =>
        labelX + half + Gap > other.Left && other.Right + Gap > labelX - half;
}
