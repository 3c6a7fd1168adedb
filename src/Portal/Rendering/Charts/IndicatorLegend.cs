using System.Text;
using Portal.Rendering.Templates;

namespace Portal.Rendering.Charts;

/// <summary>
/// The legend of an indicator chart: each mark drawn as the chart draws it, with its words beside it. It is HTML,
/// so its text reflows on a narrow screen and reads as a list; the keys themselves are hidden from screen readers.
/// </summary>
internal static class IndicatorLegend
{
    private const double KeyWidth = 32;
    private const double KeyHeight = 16;

    public static RawHtml Render(ChartLabels labels)
    {
        var html = new StringBuilder(1024);
        html.Append("<ul class=\"chart-legend\">");
        Item(html, "<polyline class=\"observed\" points=\"2,12 16,8 30,4\"/><circle class=\"value\" cx=\"16\" cy=\"8\" r=\"4\"/>", labels.Value);
        Item(html, "<circle class=\"baseline\" cx=\"16\" cy=\"8\" r=\"4.5\"/>", labels.Baseline);
        Item(html, "<polygon class=\"target\" points=\"16,2 22,8 16,14 10,8\"/>", labels.Target);
        Item(html, "<polyline class=\"pace\" points=\"2,12 30,4\"/>", labels.Pace);
        Item(html, "<polygon class=\"on-track-band\" points=\"2,14 30,6 30,2 2,2\"/><polyline class=\"on-track-edge\" points=\"2,14 30,6\"/>", labels.OnTrack);
        return new RawHtml(html.Append("</ul>").ToString());
    }

    private static void Item(StringBuilder html, string marks, string label)
    {
        var key = Svg.OpenDecorative("legend-key", KeyWidth, KeyHeight).Append(marks);
        html.Append("<li>").Append(Svg.Close(key).Html).Append(' ').Append(Svg.Text(label)).Append("</li>");
    }
}
