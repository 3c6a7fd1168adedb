using System.Globalization;
using CsvHelper;
using Portal.Domain.Diagnostics;
using Portal.Domain.Limits;

namespace Portal.TextFiles.Csv;

/// <summary>
/// Reads CSV text as spreadsheets export it: comma-, semicolon- or tab-separated, quoted per RFC 4180.
/// Reports malformed quoting and ragged rows with their line and column, and keeps going, so that one run
/// shows every problem in the file.
/// </summary>
internal static class CsvDocumentReader
{
    public const int MaxColumns = InputLimits.MaxColumns;

    public const int MaxCellLength = InputLimits.MaxCellLength;

    public static CsvDocument Read(string path, string text, DiagnosticBag diagnostics)
    {
        if (text.Length == 0 || text.All(char.IsWhiteSpace))
        {
            diagnostics.Error(SourceLocation.OfFile(path), "the file is empty; it needs a header row");
            return CsvDocument.Empty(path);
        }

        var delimiter = DelimiterDetector.Detect(text);
        // No field limit: each cell is measured below, so that an over-long one is named at its line and column.
        using var parser = new CsvParser(new StringReader(text), CsvReadingConfiguration.For(delimiter, maxFieldSize: 0));
        CsvHeader? header = null;
        SourceLocation[] headerLocations = [];
        var records = new List<CsvRecord>();
        var lines = new LineCounter(text);
        var end = 0;
        while (parser.Read())
        {
            var raw = RawText(text, end, (int)parser.CharCount);
            end = (int)parser.CharCount;
            var start = new SourceLocation(path, lines.LineAt(raw.Offset), 1);
            var fields = parser.Record ?? [];
            if (header is null)
            {
                headerLocations = RecordScanner.Scan(raw.Text, delimiter, start, diagnostics);
                var headerRecord = new CsvRecord(new CsvHeader([]), start, fields, raw with { KnownFieldStarts = headerLocations }, delimiter);
                CheckCells(fields, headerRecord, diagnostics);
                if (fields.Length > MaxColumns)
                {
                    diagnostics.Error(start, string.Create(CultureInfo.InvariantCulture, $"the header has {fields.Length:N0} columns; a data file has at most {MaxColumns:N0}, so the file is not read"));
                    return CsvDocument.Empty(path);
                }

                header = new CsvHeader(fields);
                continue;
            }

            // Most records are well formed: only one whose quoting is broken is walked for positions now, to report it.
            if (!RecordScanner.IsClean(raw.Text, delimiter))
            {
                raw = raw with { KnownFieldStarts = RecordScanner.Scan(raw.Text, delimiter, start, diagnostics) };
            }

            var record = new CsvRecord(header, start, fields, raw, delimiter);
            CheckCells(fields, record, diagnostics);
            if (fields.Length != header.Count)
            {
                diagnostics.Error(start, $"this row has {fields.Length} fields but the header has {header.Count}");
            }

            records.Add(record);
        }

        return new CsvDocument(path, header ?? new CsvHeader([]), headerLocations, records);
    }

    /// <summary>
    /// A record's text, from where the previous one ended to where this one ends. CsvHelper skips blank lines
    /// between records, so the line breaks before the record are not part of it. (CsvHelper's RawRow cannot
    /// place a record: it also counts the line break that ends an unclosed quoted field.)
    /// </summary>
    private static RawRecord RawText(string text, int previousEnd, int end)
    {
        var offset = previousEnd;
        while (offset < end && text[offset] is '\r' or '\n')
        {
            offset++;
        }

        return new RawRecord(text, offset, end - offset, null);
    }

    private static void CheckCells(string[] fields, CsvRecord record, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i].Length > MaxCellLength)
            {
                diagnostics.Error(
                    record.LocationOfField(i),
                    string.Create(CultureInfo.InvariantCulture, $"this cell holds {fields[i].Length:N0} characters; a cell may hold at most {MaxCellLength:N0}"));
            }

            // A control character, such as BEL or ESC, is refused at its cell.
            if (ForbiddenCharacters.IndexIn(fields[i]) is var found and >= 0)
            {
                diagnostics.Error(record.LocationOfField(i), $"this cell holds {ForbiddenCharacters.Describe(fields[i][found])}, which no cell may hold: remove it");
            }
        }
    }
}
