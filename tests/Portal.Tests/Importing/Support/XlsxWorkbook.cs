using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Portal.Tests.Importing.Support;

/// <summary>
/// Writes small XLSX workbooks for the tests with the Open XML SDK, the way Excel stores cells: text in the
/// shared string table (or inline, as some exporters write it), numbers and dates as numbers.
/// </summary>
internal static class XlsxWorkbook
{
    /// <summary>A cell value: a string, or a double for a number or an Excel serial date.</summary>
    public static byte[] Write(IReadOnlyList<IReadOnlyList<object?>> rows, bool date1904 = false, bool inlineStrings = false, string sheetName = "Export")
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            if (date1904)
            {
                workbookPart.Workbook.AppendChild(new WorkbookProperties { Date1904 = true });
            }

            var shared = new List<string>();
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var sheetData = new SheetData();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Count; c++)
                {
                    if (CellOf(rows[r][c], Reference(c, r + 1), shared, inlineStrings) is { } cell)
                    {
                        row.AppendChild(cell);
                    }
                }

                sheetData.AppendChild(row);
            }

            worksheetPart.Worksheet = new Worksheet(sheetData);
            if (!inlineStrings)
            {
                var sharedPart = workbookPart.AddNewPart<SharedStringTablePart>();
                sharedPart.SharedStringTable = new SharedStringTable(shared.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })));
            }

            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            sheets.AppendChild(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = 1, Name = sheetName });
            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Cell? CellOf(object? value, string reference, List<string> shared, bool inlineStrings)
    {
        switch (value)
        {
            case null:
                return null;
            case double number:
                return new Cell { CellReference = reference, CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)) };
            case string text when inlineStrings:
                return new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
                };
            case string text:
                shared.Add(text);
                return new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.SharedString,
                    CellValue = new CellValue((shared.Count - 1).ToString(CultureInfo.InvariantCulture)),
                };
            default:
                throw new ArgumentException($"unsupported cell value {value}", nameof(value));
        }
    }

    private static string Reference(int column, int row)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters + row.ToString(CultureInfo.InvariantCulture);
    }
}
