using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Portal.Domain.Diagnostics;
using Portal.Domain.Importing;

namespace Portal.Importing.Tables;

/// <summary>
/// Reads the first sheet of an XLSX workbook into a table with the Open XML SDK: shared and inline strings,
/// numbers as Excel stores them (so dates arrive as serial numbers, and the workbook's 1900 or 1904 date
/// system is passed on), line breaks inside cells kept. Rows are read one at a time, not as a whole DOM.
/// </summary>
internal static class XlsxExportReader
{
    public static SourceTable? Read(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            return ReadFirstSheet(path, document, diagnostics);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FormatException or IOException or InvalidOperationException or KeyNotFoundException)
        {
            diagnostics.Error(SourceLocation.OfFile(path), $"the file is not a readable XLSX workbook ({e.Message.TrimEnd('.')}); save it again from Excel as .xlsx or as CSV");
            return null;
        }
    }

    private static SourceTable? ReadFirstSheet(string path, SpreadsheetDocument document, DiagnosticBag diagnostics)
    {
        var workbookPart = document.WorkbookPart;
        var sheet = workbookPart?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
        if (workbookPart is null || sheet?.Id?.Value is not { } sheetId)
        {
            diagnostics.Error(SourceLocation.OfFile(path), "the workbook has no sheet");
            return null;
        }

        var sharedStrings = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(TextOf).ToArray() ?? [];
        var worksheet = (WorksheetPart)workbookPart.GetPartById(sheetId);
        IReadOnlyList<string>? header = null;
        var headerLocation = SourceLocation.OfFile(path);
        var records = new List<SourceRecord>();
        using var reader = OpenXmlReader.Create(worksheet);
        var previousRow = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement || reader.LoadCurrentElement() is not Row row)
            {
                continue;
            }

            var rowNumber = (int?)row.RowIndex?.Value ?? previousRow + 1;
            previousRow = rowNumber;
            var cells = CellsOf(row, sharedStrings);
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (header is null)
            {
                header = cells;
                headerLocation = new SourceLocation(path, rowNumber, 1);
                continue;
            }

            records.Add(new SourceRecord(rowNumber, cells.Count > header.Count ? [.. cells.Take(header.Count)] : cells));
        }

        if (header is null)
        {
            diagnostics.Error(SourceLocation.OfFile(path), $"the sheet '{sheet.Name?.Value}' is empty; an export starts with a header row");
            return null;
        }

        return new SourceTable(path, header, records, RowUnit.SheetRow)
        {
            HeaderLocation = headerLocation,
            Date1904 = workbookPart.Workbook.WorkbookProperties?.Date1904?.Value ?? false,
        };
    }

    private static List<string> CellsOf(Row row, string[] sharedStrings)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
            while (cells.Count <= column)
            {
                cells.Add(string.Empty);
            }

            cells[column] = ValueOf(cell, sharedStrings);
        }

        return cells;
    }

    private static string ValueOf(Cell cell, string[] sharedStrings)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Length
                ? sharedStrings[index]
                : string.Empty;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? TextOf(inline) : raw;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        return type == CellValues.Error ? string.Empty : raw;
    }

    /// <summary>The text of a string item: plain, or the runs of rich text, without phonetic guides.</summary>
    private static string TextOf(OpenXmlCompositeElement item)
    {
        if (item.GetFirstChild<Text>() is { } text)
        {
            return text.Text;
        }

        return string.Concat(item.Elements<Run>().Select(r => r.Text?.Text ?? string.Empty));
    }

    /// <summary>The zero-based column of a reference such as "AB12".</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        var letters = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
            letters++;
        }

        return letters == 0 ? null : index - 1;
    }
}
