using System.Globalization;
using System.Text;
using Portal.Rendering.Templates;

namespace Portal.Rendering.Charts;

/// <summary>Small helpers for writing SVG by hand: escaped text and culture-free numbers.</summary>
internal static class Svg
{
    public static string Text(string value) => Html.Escape(value);

    public static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Opens an SVG that is one image to assistive technology, named by its label.</summary>
    public static StringBuilder Open(string cssClass, double width, double height, string label)
    {
        var svg = new StringBuilder(512);
        svg.Append("<svg class=\"").Append(cssClass).Append("\" viewBox=\"0 0 ").Append(N(width)).Append(' ').Append(N(height))
            .Append("\" role=\"img\" aria-label=\"").Append(Text(label)).Append("\" focusable=\"false\">")
            .Append("<title>").Append(Text(label)).Append("</title>");
        return svg;
    }

    /// <summary>Opens an SVG that assistive technology skips: a legend key or axis whose words are in the text beside it.</summary>
    public static StringBuilder OpenDecorative(string cssClass, double width, double height)
    {
        var svg = new StringBuilder(256);
        svg.Append("<svg class=\"").Append(cssClass).Append("\" viewBox=\"0 0 ").Append(N(width)).Append(' ').Append(N(height))
            .Append("\" aria-hidden=\"true\" focusable=\"false\">");
        return svg;
    }

    /// <summary>Points as an SVG points attribute: "x,y x,y".</summary>
    public static string Points(IEnumerable<(double X, double Y)> points) =>
        string.Join(' ', points.Select(p => $"{N(p.X)},{N(p.Y)}"));

    public static RawHtml Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());
}
