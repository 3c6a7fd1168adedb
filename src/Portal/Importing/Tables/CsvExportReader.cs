using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Portal.Domain.Diagnostics;
using Portal.Domain.Importing;
using Portal.Loading.Csv;

namespace Portal.Importing.Tables;

/// <summary>
/// Reads a text export into a table: comma-, semicolon- or tab-separated, quoted per RFC 4180, with CR, LF
/// or CRLF line endings. Broken quoting and rows with more cells than the header are reported at their line
/// and column, because a file in that state cannot be imported safely.
/// </summary>
internal static class CsvExportReader
{
    public static SourceTable? Read(string path, string text, DiagnosticBag diagnostics, out char delimiter)
    {
        delimiter = ExportDelimiter.Detect(text);
        if (text.All(char.IsWhiteSpace))
        {
            diagnostics.Error(SourceLocation.OfFile(path), "the file is empty; an export starts with a header row");
            return null;
        }

        using var parser = new CsvParser(new StringReader(text), Configuration(delimiter));
        var lines = new LineCounter(text);
        string[]? header = null;
        var headerLocation = SourceLocation.OfFile(path);
        var records = new List<SourceRecord>();
        while (parser.Read())
        {
            var start = new SourceLocation(path, lines.LineAt((int)parser.CharCount - parser.RawRecord.Length), 1);
            var fields = parser.Record ?? [];
            var fieldStarts = RecordScanner.Scan(parser.RawRecord, delimiter, start, diagnostics);
            if (header is null)
            {
                header = fields;
                headerLocation = start;
                continue;
            }

            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (fields.Length > header.Length && fields.Skip(header.Length).Any(f => f.Length > 0))
            {
                diagnostics.Error(fieldStarts[Math.Min(header.Length, fieldStarts.Length - 1)], $"this row has {fields.Length} cells but the header has {header.Length}");
            }

            records.Add(new SourceRecord(start.Line, fields.Length > header.Length ? fields[..header.Length] : fields));
        }

        return new SourceTable(path, header ?? [], records) { HeaderLocation = headerLocation };
    }

    private static CsvConfiguration Configuration(char delimiter) => new(CultureInfo.InvariantCulture)
    {
        Delimiter = delimiter.ToString(),
        Mode = CsvMode.RFC4180,
        BadDataFound = null,
        IgnoreBlankLines = true,
        DetectColumnCountChanges = false,
        MaxFieldSize = 0,
    };
}
