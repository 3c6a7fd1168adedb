namespace Portal.Rendering.Charts;

/// <summary>
/// A generous estimate of the room a line of SVG text takes, so a chart can keep every label inside its drawing
/// without a browser to measure it. The widths are at least those of DejaVu Sans, the widest of the fonts the
/// theme's font stack falls back to; in a narrower font a label only gains some space around it.
/// </summary>
internal static class TextExtent
{
    /// <summary>Height above the baseline, in ems: DejaVu Sans rises 0.93 em.</summary>
    public const double Ascent = 0.95;

    /// <summary>Depth below the baseline, in ems: DejaVu Sans falls 0.24 em.</summary>
    public const double Descent = 0.25;

    public static double Width(string text, double fontSize) => text.Sum(EmWidth) * fontSize;

    public static double Height(double fontSize) => (Ascent + Descent) * fontSize;

    /// <summary>Text cut to fit <paramref name="room"/>, with an ellipsis where it was cut.</summary>
    public static string Fit(string text, double fontSize, double room)
    {
        if (Width(text, fontSize) <= room)
        {
            return text;
        }

        var length = text.Length;
        while (length > 0 && Width(text[..length] + "…", fontSize) > room)
        {
            length--;
        }

        return text[..length].TrimEnd() + "…";
    }

    /// <summary>Advance widths in ems, each rounded up from DejaVu Sans; anything outside ASCII counts as a full em.</summary>
    private static double EmWidth(char c) => c switch
    {
        ' ' or '.' or ',' or ':' or ';' or '\'' or '!' or '|' or 'i' or 'j' or 'l' or 'I' or 'f' or 't' or 'r' => 0.45,
        '-' or '(' or ')' or '[' or ']' or '/' or '\\' => 0.45,
        >= '0' and <= '9' => 0.65,
        'm' or 'w' or 'M' or 'W' or '%' or '@' or '&' or '#' or '+' or '<' or '=' or '>' or '^' or '~' => 1.0,
        >= 'A' and <= 'Z' => 0.85,
        < '\u0080' => 0.7,
        _ => 1.0,
    };
}
