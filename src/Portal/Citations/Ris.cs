using System.Text;

namespace Portal.Citations;

/// <summary>
/// A record in RIS, the tagged format reference managers import: one "TAG  - value" a line, CRLF line ends as the
/// format asks, ending with ER. A value is one line: a line break in it would start a new tag.
/// </summary>
internal static class Ris
{
    public static string Entry(CitationRecord record)
    {
        var entry = new StringBuilder();
        Tag(entry, "TY", "ELEC");
        Tag(entry, "TI", record.Title);
        Tag(entry, "AU", record.Author);
        Tag(entry, "PB", record.Author);
        Tag(entry, "T2", record.Website);
        Tag(entry, "PY", record.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (record.Url is { } url)
        {
            Tag(entry, "UR", url);
        }

        Tag(entry, "N1", record.Note);
        entry.Append("ER  - \r\n");
        return entry.ToString();
    }

    private static void Tag(StringBuilder entry, string tag, string value) =>
        entry.Append(tag).Append("  - ").Append(OneLine(value)).Append("\r\n");

    private static string OneLine(string value) =>
        string.Join(' ', value.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
