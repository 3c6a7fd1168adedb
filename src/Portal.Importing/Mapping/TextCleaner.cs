using System.Net;
using System.Text;

namespace Portal.Importing.Mapping;

/// <summary>
/// Tidies cell text from exports: HTML entities such as <c>&amp;#40;</c> that some databases leave in plain
/// text, non-breaking spaces, and runs of white space.
/// </summary>
public static class TextCleaner
{
    /// <summary>Entities decoded, white space collapsed to single spaces, trimmed.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var decoded = text.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(text) : text;
        return CollapseWhiteSpace(decoded);
    }

    /// <summary>
    /// The text as the stable id sees it: cleaned, compatibility-normalised, lower case, with typographic quotes
    /// and dashes made plain and trailing punctuation dropped, so that re-typed or re-encoded copies of a
    /// recommendation keep their id.
    /// </summary>
    public static string NormaliseForId(string text)
    {
        var cleaned = Clean(text);
        if (!System.Text.Ascii.IsValid(cleaned))
        {
            cleaned = cleaned.Normalize(NormalizationForm.FormKC);
        }

        cleaned = cleaned.ToLowerInvariant();
        var builder = new StringBuilder(cleaned.Length);
        foreach (var c in cleaned)
        {
            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u00B4' or '`' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                _ => c,
            });
        }

        return builder.ToString().TrimEnd('.', ';', ',', ':', ' ');
    }

    private static string CollapseWhiteSpace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
