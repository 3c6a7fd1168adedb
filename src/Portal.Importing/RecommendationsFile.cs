using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Portal.Domain.Diagnostics;
using Portal.Importing.Mapping;
using Portal.TextFiles;
using Portal.TextFiles.Encodings;
using Portal.Importing.Reading.Tables;
using Portal.TextFiles.Csv;

namespace Portal.Importing;

/// <summary>
/// Reads recommendations.csv with every column, known or not, and its cells exactly as written, and writes it back as UTF-8, comma-separated
/// and quoted per RFC 4180, in the same column order, keeping its line endings and byte-order mark. The new
/// file is written beside the old one and then moved over it, so an interrupted import leaves the old file whole.
/// </summary>
internal static class RecommendationsFile
{
    public const string FileName = "recommendations.csv";

    /// <summary>The table and how it was saved; an empty table when the file does not exist yet; null when it cannot be read safely.</summary>
    public static (RecommendationTable Table, FileStyle Style)? Read(string path, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path))
        {
            return (RecommendationTable.Empty, FileStyle.Default);
        }

        var display = DisplayPath.Of(path);
        var bytes = File.ReadAllBytes(path);
        var text = TextDecoder.Decode(display, bytes, diagnostics);
        if (text is null)
        {
            return null;
        }

        if (text.All(char.IsWhiteSpace))
        {
            return (RecommendationTable.Empty, FileStyle.Default);
        }

        var document = DelimitedTextReader.Read(display, text, DelimiterDetector.Detect(text), RowWidth.Exact, diagnostics);
        if (diagnostics.HasErrors || !CheckHeader(document, diagnostics))
        {
            return null;
        }

        var names = document.Header.Select(n => n.Trim()).ToList();
        var rows = document.Records
            .Select(record => new TableRow(names.Select((name, i) => KeyValuePair.Create(name, record.Fields[i])), record.Line))
            .ToList();
        return (new RecommendationTable(names, rows), StyleOf(bytes, text));
    }

    public static void Write(string path, RecommendationTable table, FileStyle style)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(folder, $".{FileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(style.ByteOrderMark)))
            {
                WriteTo(writer, table, style.NewLine);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The file as <see cref="Write"/> would write it, and the character offset at which each row starts.</summary>
    public static (string Text, IReadOnlyList<int> RowOffsets) ToText(RecommendationTable table)
    {
        var text = new StringBuilder();
        var offsets = new List<int>(table.Rows.Count);
        using (var writer = new StringWriter(text, CultureInfo.InvariantCulture))
        {
            WriteTo(writer, table, FileStyle.Default.NewLine, () => offsets.Add(text.Length));
        }

        return (text.ToString(), offsets);
    }

    /// <summary>Writes the header and the rows; <paramref name="rowStarting"/> is told when each row starts, after what came before is flushed.</summary>
    private static void WriteTo(TextWriter writer, RecommendationTable table, string newLine, Action? rowStarting = null)
    {
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = newLine }, leaveOpen: true);
        foreach (var column in table.Columns)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var row in table.Rows)
        {
            if (rowStarting is not null)
            {
                csv.Flush();
                rowStarting();
            }

            foreach (var column in table.Columns)
            {
                csv.WriteField(row[column]);
            }

            csv.NextRecord();
        }
    }

    /// <summary>Rows are matched by id and columns by name, so both must be unambiguous.</summary>
    private static bool CheckHeader(DelimitedText document, DiagnosticBag diagnostics)
    {
        var at = document.HeaderLocation;
        var names = document.Header.Select(n => n.Trim()).ToList();
        if (!names.Contains(RecommendationColumns.Id, StringComparer.OrdinalIgnoreCase))
        {
            diagnostics.Error(at, $"{FileName} has no 'id' column; an import matches its rows by id");
            return false;
        }

        var repeated = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            diagnostics.Error(at, $"column '{repeated.Key}' appears twice in the header; an import cannot tell which to write");
            return false;
        }

        return true;
    }

    private static FileStyle StyleOf(byte[] bytes, string text)
    {
        var firstBreak = text.IndexOfAny(['\r', '\n']);
        var newLine = firstBreak >= 0 && text[firstBreak] == '\r'
            ? firstBreak + 1 < text.Length && text[firstBreak + 1] == '\n' ? "\r\n" : "\r"
            : "\n";
        return new FileStyle(newLine, bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
    }
}
