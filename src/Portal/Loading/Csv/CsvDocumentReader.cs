using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Portal.Domain.Diagnostics;

namespace Portal.Loading.Csv;

/// <summary>
/// Reads CSV text as spreadsheets export it: comma- or semicolon-separated, quoted per RFC 4180.
/// Reports malformed quoting and ragged rows with their line and column, and keeps going, so that one run
/// shows every problem in the file.
/// </summary>
internal static class CsvDocumentReader
{
    public static CsvDocument Read(string path, string text, DiagnosticBag diagnostics)
    {
        if (text.Length == 0 || text.All(char.IsWhiteSpace))
        {
            diagnostics.Error(SourceLocation.OfFile(path), "the file is empty; it needs a header row");
            return CsvDocument.Empty(path);
        }

        var delimiter = DelimiterDetector.Detect(text);
        using var parser = new CsvParser(new StringReader(text), Configuration(delimiter));
        CsvHeader? header = null;
        SourceLocation[] headerLocations = [];
        var records = new List<CsvRecord>();
        while (parser.Read())
        {
            var start = new SourceLocation(path, parser.RawRow - LineBreaksIn(parser.RawRecord), 1);
            var fields = parser.Record ?? [];
            var fieldStarts = RecordScanner.Scan(parser.RawRecord, delimiter, start, diagnostics);
            if (header is null)
            {
                header = new CsvHeader(fields);
                headerLocations = fieldStarts;
                continue;
            }

            if (fields.Length != header.Count)
            {
                diagnostics.Error(start, $"this row has {fields.Length} fields but the header has {header.Count}");
            }

            records.Add(new CsvRecord(header, start, fields, fieldStarts));
        }

        return new CsvDocument(path, header ?? new CsvHeader([]), headerLocations, records);
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

    /// <summary>RawRow counts the line the record ends on; a record with quoted line breaks starts earlier.</summary>
    private static int LineBreaksIn(string raw)
    {
        var trimmed = raw.TrimEnd('\r', '\n');
        var count = 0;
        for (var i = 0; i < trimmed.Length; i++)
        {
            if (trimmed[i] == '\n' || (trimmed[i] == '\r' && (i + 1 == trimmed.Length || trimmed[i + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }
}
