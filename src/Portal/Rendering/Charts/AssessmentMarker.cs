using System.Text;
using Portal.Domain.Model;
using Portal.Rendering.Templates;

namespace Portal.Rendering.Charts;

/// <summary>
/// The mark for a city's assessment of one framework element, a shape as well as a colour: a filled disc for
/// in place, a half-filled disc for in progress, a ring for planned, a cross for not in place and a short dash
/// for not assessed.
/// </summary>
internal static class AssessmentMarker
{
    private const double Radius = 6.5;

    public static string CssClass(AssessmentStatus? status) =>
        "mark-" + (status is { } s ? Vocabularies.AssessmentStatus.WordOf(s) : "not-assessed");

    /// <summary>Draws the mark centred on (<paramref name="cx"/>, <paramref name="cy"/>), with a tooltip.</summary>
    public static void Draw(StringBuilder svg, AssessmentStatus? status, double cx, double cy, string? tooltip)
    {
        svg.Append("<g class=\"mark ").Append(CssClass(status)).Append("\">");
        if (tooltip is not null)
        {
            svg.Append("<title>").Append(Svg.Text(tooltip)).Append("</title>");
        }

        svg.Append(Shape(status, cx, cy));
        svg.Append("</g>");
    }

    /// <summary>The mark alone, for a legend or a table cell whose words say the same.</summary>
    public static RawHtml Key(AssessmentStatus? status)
    {
        var svg = Svg.OpenDecorative("mark-key", 2 * Radius + 3, 2 * Radius + 3);
        Draw(svg, status, Radius + 1.5, Radius + 1.5, tooltip: null);
        return Svg.Close(svg);
    }

    private static string Shape(AssessmentStatus? status, double cx, double cy)
    {
        var (x, y, r) = (Svg.N(cx), Svg.N(cy), Radius);
        return status switch
        {
            AssessmentStatus.InPlace => $"<circle class=\"mark-fill\" cx=\"{x}\" cy=\"{y}\" r=\"{Svg.N(r)}\"/>",
            AssessmentStatus.InProgress =>
                $"<circle class=\"mark-ring\" cx=\"{x}\" cy=\"{y}\" r=\"{Svg.N(r - 1)}\"/>" +
                $"<path class=\"mark-fill\" d=\"M{x},{Svg.N(cy - r + 1)}A{Svg.N(r - 1)},{Svg.N(r - 1)} 0 0 1 {x},{Svg.N(cy + r - 1)}Z\"/>",
            AssessmentStatus.Planned => $"<circle class=\"mark-ring\" cx=\"{x}\" cy=\"{y}\" r=\"{Svg.N(r - 1)}\"/>",
            AssessmentStatus.NotInPlace =>
                $"<path class=\"mark-cross\" d=\"M{Svg.N(cx - r + 1)},{Svg.N(cy - r + 1)}L{Svg.N(cx + r - 1)},{Svg.N(cy + r - 1)}" +
                $"M{Svg.N(cx + r - 1)},{Svg.N(cy - r + 1)}L{Svg.N(cx - r + 1)},{Svg.N(cy + r - 1)}\"/>",
            _ => $"<path class=\"mark-dash\" d=\"M{Svg.N(cx - r + 2)},{y}L{Svg.N(cx + r - 2)},{y}\"/>",
        };
    }
}
