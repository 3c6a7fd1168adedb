using System.Text;

namespace Portal.Citations;

/// <summary>
/// A record as a BibTeX <c>@misc</c> entry. Every value is escaped for LaTeX, so a title with "&amp;", "%", "_" or
/// a brace cannot end its field or start a command; the author is braced once more, as organisations are, so
/// BibTeX does not split it into first and last names.
/// </summary>
internal static class BibTex
{
    public static string Entry(CitationRecord record)
    {
        var entry = new StringBuilder();
        entry.Append("@misc{").Append(record.Key).Append(",\n");
        Field(entry, "title", "{" + Escape(record.Title) + "}");
        Field(entry, "author", "{" + Escape(record.Author) + "}");
        Field(entry, "howpublished", Escape(record.Website));
        Field(entry, "year", record.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (record.Url is { } url)
        {
            Field(entry, "url", EscapeUrl(url));
        }

        Field(entry, "note", Escape(record.Note));
        entry.Append("}\n");
        return entry.ToString();
    }

    /// <summary>A key holds only what BibTeX allows in one: letters, digits and - _ : .</summary>
    public static string Key(string kind, string id) =>
        kind + ":" + string.Concat(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-'));

    /// <summary>Text as LaTeX reads it back: its special characters as commands, line breaks as spaces.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' or '}' or '$' or '&' or '%' or '#' or '_' => "\\" + c,
                '^' => @"\textasciicircum{}",
                '~' => @"\textasciitilde{}",
                '\r' or '\n' or '\t' => " ",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>The url package reads an address verbatim but for %, # and braces, which must be escaped.</summary>
    private static string EscapeUrl(string url) =>
        url.Replace("%", @"\%", StringComparison.Ordinal).Replace("#", @"\#", StringComparison.Ordinal)
            .Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal);

    private static void Field(StringBuilder entry, string name, string value) =>
        entry.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
}
