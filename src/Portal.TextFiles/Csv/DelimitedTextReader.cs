using System.Globalization;
using CsvHelper;
using Portal.Domain.Diagnostics;
using Portal.Domain.Limits;
using Portal.TextFiles.Csv;

namespace Portal.TextFiles.Csv;

/// <summary>
/// Reads delimited text quoted per RFC 4180, with CR, LF or CRLF line endings: CsvHelper splits the records;
/// a quick pass checks each record's quoting, and only a record that fails it, or has the wrong number of
/// cells, is walked again by <see cref="RecordScanner"/> to report its problems at their line and column.
/// Real exports run to tens of thousands of rows, and most of them are well formed.
/// </summary>
internal static class DelimitedTextReader
{
    public static DelimitedText Read(string path, string text, char delimiter, RowWidth width, DiagnosticBag diagnostics)
    {
        using var parser = new CsvParser(new StringReader(text), CsvReadingConfiguration.For(delimiter, InputLimits.MaxCellLength));
        var lines = new LineCounter(text);
        string[]? header = null;
        var headerLocation = SourceLocation.OfFile(path);
        var records = new List<DelimitedRecord>();
        while (ReadWithinBudget(parser, path, lines, diagnostics))
        {
            var raw = parser.RawRecord;
            var start = new SourceLocation(path, lines.LineAt((int)parser.CharCount - raw.Length), 1);
            var fields = parser.Record ?? [];
            if (!RecordScanner.IsClean(raw, delimiter))
            {
                RecordScanner.Scan(raw, delimiter, start, diagnostics);
            }

            if (header is null)
            {
                if (fields.Length > InputLimits.MaxColumns)
                {
                    diagnostics.Error(start, string.Create(CultureInfo.InvariantCulture, $"the header has {fields.Length:N0} columns; a file has at most {InputLimits.MaxColumns:N0}, so it is not read"));
                    break;
                }

                header = fields;
                headerLocation = start;
                continue;
            }

            if (width == RowWidth.Tolerant && fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (WidthProblem(fields, header.Length, width) is { } problem)
            {
                var starts = RecordScanner.Scan(raw, delimiter, start, new DiagnosticBag());
                var at = fields.Length > header.Length ? starts[Math.Min(header.Length, starts.Length - 1)] : start;
                diagnostics.Error(at, problem);
            }

            if (records.Count >= InputLimits.MaxRows)
            {
                diagnostics.Error(start, string.Create(CultureInfo.InvariantCulture, $"the file has more than {InputLimits.MaxRows:N0} rows; a file may have at most {InputLimits.MaxRows:N0}, so it is not read"));
                break;
            }

            records.Add(new DelimitedRecord(start.Line, fields.Length > header.Length ? fields[..header.Length] : fields));
        }

        return new DelimitedText(header ?? [], headerLocation, records);
    }

    /// <summary>The next record, unless a field runs past the longest text a cell may hold: CsvHelper stops there, before it buffers more.</summary>
    private static bool ReadWithinBudget(CsvParser parser, string path, LineCounter lines, DiagnosticBag diagnostics)
    {
        try
        {
            return parser.Read();
        }
        catch (MaxFieldSizeException)
        {
            var at = new SourceLocation(path, lines.LineAt((int)Math.Min(parser.CharCount, int.MaxValue)), 1);
            diagnostics.Error(at, string.Create(CultureInfo.InvariantCulture, $"a cell of the row that reaches this line holds more than {InputLimits.MaxCellLength:N0} characters; a cell may hold at most {InputLimits.MaxCellLength:N0}"));
            return false;
        }
    }

    private static string? WidthProblem(string[] fields, int headerWidth, RowWidth width)
    {
        var tooMany = fields.Length > headerWidth && (width == RowWidth.Exact || fields.Skip(headerWidth).Any(f => f.Length > 0));
        var tooFew = width == RowWidth.Exact && fields.Length < headerWidth;
        return tooMany || tooFew ? $"this row has {fields.Length} cells but the header has {headerWidth}" : null;
    }
}
