using Portal.Rendering.Templates;

namespace Portal.Rendering.Charts;

/// <summary>A thin bar filled to a percentage, drawn as SVG so it needs no inline style and no script.</summary>
internal static class ProgressBar
{
    public static RawHtml Render(double? percent, string label)
    {
        if (percent is not { } p)
        {
            return RawHtml.Empty;
        }

        var svg = Svg.Open("progress-bar", 100, 8, label);
        svg.Append("<rect class=\"progress-track\" width=\"100\" height=\"8\" rx=\"4\"/>");
        if (p > 0)
        {
            svg.Append("<rect class=\"progress-fill\" width=\"").Append(Svg.N(Math.Clamp(p, 0, 100))).Append("\" height=\"8\" rx=\"4\"/>");
        }

        return Svg.Close(svg);
    }
}
