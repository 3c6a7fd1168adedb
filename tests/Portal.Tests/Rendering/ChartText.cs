using System.Globalization;
using System.Xml.Linq;
using Portal.Rendering.Charts;

namespace Portal.Tests.Rendering;

/// <summary>A &lt;text&gt; of a rendered chart with the box it would take at the chart's largest font size.</summary>
internal sealed record ChartText(string Text, double Left, double Right, double Top, double Bottom)
{
    public static IReadOnlyList<ChartText> Of(string svg, double fontSize)
    {
        var root = XElement.Parse(svg);
        return [.. root.Descendants(root.Name.Namespace + "text").Select(t => Box(t, fontSize))];
    }

    public static (double Width, double Height) ViewBox(string svg)
    {
        var box = XElement.Parse(svg).Attribute("viewBox")!.Value.Split(' ').Select(Number).ToArray();
        return (box[2], box[3]);
    }

    public bool Overlaps(ChartText other) =>
        Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;

    public override string ToString() =>
        FormattableString.Invariant($"\"{Text}\" [{Left:0.#}, {Right:0.#}] x [{Top:0.#}, {Bottom:0.#}]");

    private static ChartText Box(XElement text, double fontSize)
    {
        var x = Number(text.Attribute("x")!.Value);
        var y = Number(text.Attribute("y")!.Value);
        var width = TextExtent.Width(text.Value, fontSize);
        var left = (string?)text.Attribute("text-anchor") switch
        {
            "end" => x - width,
            "middle" => x - width / 2,
            _ => x,
        };
        return new ChartText(text.Value, left, left + width, y - TextExtent.Ascent * fontSize, y + TextExtent.Descent * fontSize);
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
