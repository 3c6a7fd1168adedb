using Portal.Domain.Methodology;
using Portal.Domain.Model;
using Portal.Rendering.Templates;

namespace Portal.Rendering.Charts;

/// <summary>A city's commitments by status as one stacked bar. The legend beside it, with the counts, is its text equivalent.</summary>
internal static class StatusChart
{
    public static RawHtml Render(IReadOnlyList<StatusCount> counts, string label)
    {
        var total = counts.Sum(c => c.Count);
        var svg = Svg.Open("status-chart", 100, 10, label);
        if (total == 0)
        {
            svg.Append("<rect class=\"progress-track\" width=\"100\" height=\"10\"/>");
        }

        var x = 0.0;
        foreach (var (status, count) in counts.Where(c => c.Count > 0))
        {
            var width = 100.0 * count / total;
            svg.Append("<rect class=\"status-").Append(Vocabularies.CommitmentStatus.WordOf(status))
                .Append("\" x=\"").Append(Svg.N(x)).Append("\" width=\"").Append(Svg.N(width)).Append("\" height=\"10\"/>");
            x += width;
        }

        return new RawHtml(svg.Append("</svg>").ToString());
    }
}
