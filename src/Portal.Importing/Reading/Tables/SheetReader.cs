using System.Globalization;
using System.Xml;
using Portal.Domain.Diagnostics;
using Portal.Importing.Mapping;
using Portal.Domain.Limits;

namespace Portal.Importing.Reading.Tables;

/// <summary>
/// Reads a worksheet part row by row with a streaming XML reader: shared and inline strings, numbers as Excel
/// stores them, booleans. Every budget is checked before the memory is spent: cell references within Excel's
/// bounds, at most <see cref="InputLimits.MaxColumns"/> columns with text, <see cref="InputLimits.MaxRows"/>
/// rows, <see cref="InputLimits.MaxCells"/> cells, and <see cref="InputLimits.MaxCellLength"/> characters a cell.
/// A row is padded with empty cells only up to its last cell that holds a value.
/// </summary>
internal sealed class SheetReader(string path, IReadOnlyList<string?> sharedStrings, TextBudget budget)
{
    private readonly BoundedText _text = new();
    private long _cells;

    public SheetContent Read(Stream part)
    {
        IReadOnlyList<string>? header = null;
        var headerLocation = SourceLocation.OfFile(path);
        var records = new List<SourceRecord>();
        var previousRow = 0;
        using var reader = XlsxXml.Open(part);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "row")
            {
                continue;
            }

            var rowNumber = RowNumberOf(reader, previousRow);
            previousRow = rowNumber;
            var cells = ReadCells(reader, rowNumber);
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

            if (records.Count >= InputLimits.MaxRows)
            {
                throw Refusal(rowNumber, 1, $"the sheet has more than {InputLimits.MaxRows:N0} rows of data; an export may have at most {InputLimits.MaxRows:N0}, so it is not read");
            }

            records.Add(new SourceRecord(rowNumber, cells.Count > header.Count ? [.. cells.Take(header.Count)] : cells));
        }

        return new SheetContent(header, headerLocation, records);
    }

    private int RowNumberOf(XmlReader reader, int previousRow)
    {
        var stated = reader.GetAttribute("r");
        var number = stated is null ? previousRow + 1 : CellReference.RowNumber(stated);
        return number is { } row and <= CellReference.LastRow
            ? row
            : throw Refusal(Math.Min(previousRow + 1, CellReference.LastRow), 1, $"the row number '{CellReference.Quote(stated ?? string.Empty)}' is not one Excel can have (1 to {CellReference.LastRow:N0})");
    }

    private List<string> ReadCells(XmlReader reader, int rowNumber)
    {
        var cells = new List<string>();
        if (reader.IsEmptyElement)
        {
            return cells;
        }

        var depth = reader.Depth;
        reader.Read();
        while (reader.Depth > depth && !reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "c")
            {
                ReadCell(reader, rowNumber, cells);
            }

            reader.Read();
        }

        return cells;
    }

    private void ReadCell(XmlReader reader, int rowNumber, List<string> cells)
    {
        var reference = reader.GetAttribute("r");
        var column = cells.Count;
        if (reference is not null && !CellReference.TryParse(reference, out column, out _))
        {
            throw Refusal(rowNumber, cells.Count + 1, $"the cell reference '{CellReference.Quote(reference)}' is not a cell Excel can have (columns A to XFD, rows 1 to {CellReference.LastRow:N0})");
        }

        var value = ValueOf(reader, reader.GetAttribute("t"), rowNumber, column);
        if (value.Length == 0)
        {
            return;
        }

        if (column >= InputLimits.MaxColumns)
        {
            throw Refusal(rowNumber, column + 1, $"this cell is in column {column + 1:N0}; an export may have at most {InputLimits.MaxColumns:N0} columns");
        }

        _cells += Math.Max(0, column + 1 - cells.Count);
        if (_cells > InputLimits.MaxCells)
        {
            throw Refusal(rowNumber, column + 1, $"the sheet has more than {InputLimits.MaxCells:N0} cells; an export may have at most that many");
        }

        while (cells.Count <= column)
        {
            cells.Add(string.Empty);
        }

        cells[column] = value;
    }

    /// <summary>The cell's value as text; leaves the reader on the cell's end tag.</summary>
    private string ValueOf(XmlReader reader, string? type, int rowNumber, int column)
    {
        _text.Clear();
        ReadValueAndInlineString(reader);
        var raw = _text.ToText() ?? throw Overlong(rowNumber, column);
        switch (type)
        {
            case "s":
                return SharedString(raw, rowNumber, column);
            case "b":
                return raw == "1" ? "TRUE" : "FALSE";
            case "e":
                return string.Empty;
            default:
                budget.Spend(raw.Length, new SourceLocation(path, rowNumber, column + 1));
                return raw;
        }
    }

    private void ReadValueAndInlineString(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (reader.Depth > depth && !reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "v" or "is")
            {
                if (reader.LocalName == "v")
                {
                    _text.AppendContent(reader);
                }
                else
                {
                    _text.AppendStringItem(reader);
                }
            }
            else if (reader.NodeType == XmlNodeType.Element)
            {
                reader.Skip();
                continue;
            }

            reader.Read();
        }
    }

    private string SharedString(string raw, int rowNumber, int column)
    {
        if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= sharedStrings.Count)
        {
            throw Refusal(rowNumber, column + 1, $"this cell refers to shared string '{CellReference.Quote(raw)}', which the workbook does not have");
        }

        return sharedStrings[index] ?? throw Overlong(rowNumber, column);
    }

    private ExportRefusal Overlong(int rowNumber, int column) =>
        Refusal(rowNumber, column + 1, $"this cell holds more than {InputLimits.MaxCellLength:N0} characters; a cell may hold at most {InputLimits.MaxCellLength:N0}");

    private ExportRefusal Refusal(int rowNumber, int column, FormattableString message) =>
        new(new SourceLocation(path, rowNumber, column), message.ToString(CultureInfo.InvariantCulture));
}
