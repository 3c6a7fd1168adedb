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
        // A record starts where the characters read so far, less its raw text, end. CsvHelper's RawRow cannot say
        // this: it also counts the line break that ends an unclosed quoted field, so such a record would start late.
        var lines = new LineCounter(text);
        while (parser.Read())
        {
            var start = new SourceLocation(path, lines.LineAt((int)parser.CharCount - parser.RawRecord.Length), 1);
            var fields = parser.Record ?? [];
            var fieldStarts = RecordScanner.Scan(parser.RawRecord, delimiter, start, diagnostics);
            CheckCellLengths(fields, fieldStarts, diagnostics);
            CheckCharacters(fields, fieldStarts, diagnostics);
            if (header is null)
            {
                if (fields.Length > MaxColumns)
                {
                    diagnostics.Error(start, string.Create(CultureInfo.InvariantCulture, $"the header has {fields.Length:N0} columns; a data file has at most {MaxColumns:N0}, so the file is not read"));
                    return CsvDocument.Empty(path);
                }

                header = new CsvHeader(fields);
                headerLocations = fieldStarts;
                continue;
            }

            if (fields.Length != header.Count)
            {
                diagnostics.Error(start, $"this row has {fields.Length} fields but the header has {header.Count}");
            }

            records.Add(new CsvRecord(header, start, fields, fieldStarts, delimiter));
        }

        return new CsvDocument(path, header ?? new CsvHeader([]), headerLocations, records);
    }

    private static void CheckCellLengths(string[] fields, SourceLocation[] starts, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i].Length > MaxCellLength)
            {
                diagnostics.Error(
                    starts[Math.Min(i, starts.Length - 1)],
                    string.Create(CultureInfo.InvariantCulture, $"this cell holds {fields[i].Length:N0} characters; a cell may hold at most {MaxCellLength:N0}"));
            }
        }
    }

    /// <summary>Refuses each cell that holds a control character, such as BEL or ESC, at the cell.</summary>
    private static void CheckCharacters(string[] fields, SourceLocation[] starts, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (ForbiddenCharacters.IndexIn(fields[i]) is var found and >= 0)
            {
                diagnostics.Error(starts[Math.Min(i, starts.Length - 1)], $"this cell holds {ForbiddenCharacters.Describe(fields[i][found])}, which no cell may hold: remove it");
            }
        }
    }
}
