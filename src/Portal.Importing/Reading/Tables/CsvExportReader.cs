using Portal.Domain.Diagnostics;
using Portal.Importing.Mapping;
using Portal.TextFiles.Csv;

namespace Portal.Importing.Reading.Tables;

/// <summary>
/// Reads a text export into a table: comma-, semicolon- or tab-separated, quoted per RFC 4180, with CR, LF
/// or CRLF line endings. Broken quoting and rows with more cells than the header are reported at their line
/// and column, because a file in that state cannot be imported safely.
/// </summary>
internal static class CsvExportReader
{
    public static SourceTable? Read(string path, string text, DiagnosticBag diagnostics, out char delimiter)
    {
        delimiter = DelimiterDetector.Detect(text);
        if (text.All(char.IsWhiteSpace))
        {
            diagnostics.Error(SourceLocation.OfFile(path), "the file is empty; an export starts with a header row");
            return null;
        }

        var read = DelimitedTextReader.Read(path, text, delimiter, RowWidth.Tolerant, diagnostics);
        return new SourceTable(path, read.Header, [.. read.Records.Select(r => new SourceRecord(r.Line, r.Fields))])
        {
            HeaderLocation = read.HeaderLocation,
        };
    }
}
