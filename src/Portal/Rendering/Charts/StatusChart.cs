using System.Text;
using Portal.Domain.Methodology;
using Portal.Domain.Model;
using Portal.Rendering.Templates;

namespace Portal.Rendering.Charts;

/// <summary>
/// A city's commitments by status as one stacked bar, each status in its colour and texture. The legend table
/// beside it, with the counts and shares, is its text equivalent.
/// </summary>
internal static class StatusChart
{
    private const double Width = 100;
    private const double Height = 10;

    /// <param name="id">Unique on the page: names the chart's texture patterns.</param>
    public static RawHtml Render(IReadOnlyList<StatusCount> counts, string label, string id)
    {
        var total = counts.Sum(c => c.Count);
        var svg = Svg.Open("status-chart", Width, Height, label);
        if (total == 0)
        {
            svg.Append("<rect class=\"progress-track\" width=\"100\" height=\"10\"/>");
            return Svg.Close(svg);
        }

        var shown = counts.Where(c => c.Count > 0).ToList();
        StatusTexture.Define(svg, id, shown.Select(c => c.Status));
        var x = 0.0;
        foreach (var (status, count) in shown)
        {
            var width = Width * count / total;
            Segment(svg, status, x, width, id);
            x += width;
        }

        Gaps(svg, shown, total);
        return Svg.Close(svg);
    }

    private static void Segment(StringBuilder svg, CommitmentStatus status, double x, double width, string id)
    {
        var geometry = $"x=\"{Svg.N(x)}\" width=\"{Svg.N(width)}\" height=\"{Svg.N(Height)}\"";
        svg.Append("<rect class=\"status-").Append(Vocabularies.CommitmentStatus.WordOf(status)).Append("\" ").Append(geometry).Append("/>");
        if (StatusTexture.IsTextured(status))
        {
            svg.Append("<rect class=\"texture\" fill=\"url(#").Append(StatusTexture.Id(id, status)).Append(")\" ").Append(geometry).Append("/>");
        }
    }

    /// <summary>A thin line of the page's background between neighbouring segments, so two of them never merge.</summary>
    private static void Gaps(StringBuilder svg, IReadOnlyList<StatusCount> shown, int total)
    {
        var x = 0.0;
        foreach (var (_, count) in shown.Take(shown.Count - 1))
        {
            x += Width * count / total;
            svg.Append("<line class=\"segment-gap\" x1=\"").Append(Svg.N(x)).Append("\" y1=\"0\" x2=\"").Append(Svg.N(x))
                .Append("\" y2=\"").Append(Svg.N(Height)).Append("\"/>");
        }
    }
}
