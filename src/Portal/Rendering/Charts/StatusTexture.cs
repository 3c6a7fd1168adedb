using System.Text;
using Portal.Domain.Model;

namespace Portal.Rendering.Charts;

/// <summary>
/// The texture laid over each status's colour in the status chart, so statuses differ by shape as well as by
/// colour: dots for planned, diagonal stripes for in progress, solid for achieved, upright bars for stalled,
/// cross-hatching for abandoned. The legend's swatches (portal.css) draw the same textures.
/// </summary>
internal static class StatusTexture
{
    private const string Tile = "patternUnits=\"userSpaceOnUse\" width=\"2\" height=\"2\"";
    private const string Diagonal = " patternTransform=\"rotate(45)\"";

    /// <summary>The pattern's tilt and the marks in one 2 × 2 tile; null for a status drawn solid.</summary>
    private static (string Tilt, string Ink)? Tile2x2(CommitmentStatus status) => status switch
    {
        CommitmentStatus.Planned => ("", "<circle class=\"texture-ink\" cx=\"1\" cy=\"1\" r=\".5\"/>"),
        CommitmentStatus.InProgress => (Diagonal, "<rect class=\"texture-ink\" width=\".8\" height=\"2\"/>"),
        CommitmentStatus.Stalled => ("", "<rect class=\"texture-ink\" width=\".7\" height=\"2\"/>"),
        CommitmentStatus.Abandoned => (Diagonal, "<rect class=\"texture-ink\" width=\".6\" height=\"2\"/><rect class=\"texture-ink\" width=\"2\" height=\".6\"/>"),
        _ => null,
    };

    public static bool IsTextured(CommitmentStatus status) => Tile2x2(status) is not null;

    public static string Id(string prefix, CommitmentStatus status) => $"{prefix}-{Vocabularies.CommitmentStatus.WordOf(status)}";

    /// <summary>Writes a &lt;defs&gt; with the patterns of the given statuses, named by <paramref name="prefix"/>.</summary>
    public static void Define(StringBuilder svg, string prefix, IEnumerable<CommitmentStatus> statuses)
    {
        var textured = statuses.Where(IsTextured).Distinct().ToList();
        if (textured.Count == 0)
        {
            return;
        }

        svg.Append("<defs>");
        foreach (var status in textured)
        {
            var (tilt, ink) = Tile2x2(status)!.Value;
            svg.Append("<pattern id=\"").Append(Id(prefix, status)).Append("\" ").Append(Tile).Append(tilt).Append('>')
                .Append(ink).Append("</pattern>");
        }

        svg.Append("</defs>");
    }
}
