using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Portal.Domain.Diagnostics;
using Portal.Importing.Mapping;

namespace Portal.Importing.Reading.Tables;

/// <summary>
/// Reads the first sheet of an XLSX workbook into a table: the Open XML SDK finds the parts, and a streaming,
/// bounded XML reader reads the sheet and its shared strings (<see cref="SheetReader"/>). Dates arrive as serial
/// numbers, and the workbook's 1900 or 1904 date system is passed on; line breaks inside cells are kept.
/// Whatever goes wrong inside the workbook is an error at the file, never an exception.
/// </summary>
internal static class XlsxExportReader
{
    public static SourceTable? Read(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        try
        {
            XlsxPackageBudget.Check(path, bytes);
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = ImportLimits.MaxPartCharacters });
            return ReadFirstSheet(path, document, diagnostics);
        }
        catch (ExportRefusal refusal)
        {
            diagnostics.Error(refusal.Location, refusal.Message);
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Error(SourceLocation.OfFile(path), $"the file is not a readable XLSX workbook ({FirstSentence(e.Message)}); save it again from Excel as .xlsx or as CSV");
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

        if (workbookPart.GetPartById(sheetId) is not WorksheetPart worksheet)
        {
            diagnostics.Error(SourceLocation.OfFile(path), $"the first sheet, '{sheet.Name?.Value}', is not a worksheet (a chart sheet?); put the export first");
            return null;
        }

        var budget = new TextBudget();
        var sharedStrings = workbookPart.SharedStringTablePart is { } sharedPart
            ? ReadPart(path, sharedPart, stream => SharedStringsReader.Read(stream, path, budget))
            : [];
        var content = ReadPart(path, worksheet, stream => new SheetReader(path, sharedStrings, budget).Read(stream));
        if (content.Header is null)
        {
            diagnostics.Error(SourceLocation.OfFile(path), $"the sheet '{sheet.Name?.Value}' is empty; an export starts with a header row");
            return null;
        }

        return new SourceTable(path, content.Header, content.Records, RowUnit.SheetRow)
        {
            HeaderLocation = content.HeaderLocation,
            Date1904 = workbookPart.Workbook.WorkbookProperties?.Date1904?.Value ?? false,
        };
    }

    /// <summary>Reads one XML part; XML that cannot be read (a DTD, a part that is not XML, one past the size limit) is refused naming the part and the place in it.</summary>
    private static T ReadPart<T>(string path, OpenXmlPart part, Func<Stream, T> read)
    {
        try
        {
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            return read(stream);
        }
        catch (XmlException e)
        {
            var where = e.LineNumber > 0 ? $", at its line {e.LineNumber}, column {e.LinePosition}" : string.Empty;
            var problem = e.Message.Contains("DTD", StringComparison.Ordinal)
                ? "it holds a DTD (<!DOCTYPE ...>), which no workbook needs and which could expand entities or fetch files"
                : FirstSentence(e.Message);
            throw new ExportRefusal(SourceLocation.OfFile(path), $"the workbook's part {part.Uri} is not XML this can read{where}: {problem}");
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }
}
