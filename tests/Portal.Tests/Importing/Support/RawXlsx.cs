using System.IO.Compression;
using System.Text;

namespace Portal.Tests.Importing.Support;

/// <summary>
/// Writes XLSX workbooks part by part, as raw XML, so that a test can put into them what no spreadsheet
/// program would write: a DTD, a cell reference past Excel's last column, a string of millions of characters,
/// a sheet that is not XML. Large parts are streamed into the zip, never built as one string.
/// </summary>
internal static class RawXlsx
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>A workbook of one sheet; the writers write the whole sheet part and the whole shared string part.</summary>
    public static byte[] Write(Action<TextWriter> sheet, Action<TextWriter>? sharedStrings = null, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", level, w => w.Write(ContentTypes(sharedStrings is not null)));
            Add(zip, "_rels/.rels", level, w => w.Write($"""<Relationships xmlns="{Relationships}"><Relationship Id="rId1" Type="{OfficeRelationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>"""));
            Add(zip, "xl/workbook.xml", level, w => w.Write($"""<workbook xmlns="{Main}" xmlns:r="{OfficeRelationships}"><sheets><sheet name="Export" sheetId="1" r:id="rId1"/></sheets></workbook>"""));
            Add(zip, "xl/_rels/workbook.xml.rels", level, w => w.Write(WorkbookRelationships(sharedStrings is not null)));
            Add(zip, "xl/worksheets/sheet1.xml", level, sheet);
            if (sharedStrings is not null)
            {
                Add(zip, "xl/sharedStrings.xml", level, sharedStrings);
            }
        }

        return stream.ToArray();
    }

    /// <summary>A sheet part around the rows the writer writes inside sheetData.</summary>
    public static Action<TextWriter> Sheet(Action<TextWriter> rows, string prolog = "") => w =>
    {
        w.Write($"""<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet xmlns="{Main}"><sheetData>""");
        rows(w);
        w.Write("</sheetData></worksheet>");
    };

    /// <summary>A sheet of text rows, each cell an inline string at its reference.</summary>
    public static Action<TextWriter> Sheet(params string[][] rows) => Sheet(w =>
    {
        for (var r = 0; r < rows.Length; r++)
        {
            w.Write($"""<row r="{r + 1}">""");
            for (var c = 0; c < rows[r].Length; c++)
            {
                w.Write(InlineCell($"{ColumnName(c)}{r + 1}", rows[r][c]));
            }

            w.Write("</row>");
        }
    });

    public static string InlineCell(string reference, string text) =>
        $"""<c r="{reference}" t="inlineStr"><is><t>{System.Security.SecurityElement.Escape(text)}</t></is></c>""";

    public static string ColumnName(int column)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    private static void Add(ZipArchive zip, string name, CompressionLevel level, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, level).Open(), new UTF8Encoding(false), bufferSize: 1 << 16);
        write(writer);
    }

    private static string ContentTypes(bool sharedStrings) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>{(sharedStrings ? """<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>""" : string.Empty)}</Types>""";

    private static string WorkbookRelationships(bool sharedStrings) =>
        $"""<Relationships xmlns="{Relationships}"><Relationship Id="rId1" Type="{OfficeRelationships}/worksheet" Target="worksheets/sheet1.xml"/>{(sharedStrings ? $"""<Relationship Id="rId2" Type="{OfficeRelationships}/sharedStrings" Target="sharedStrings.xml"/>""" : string.Empty)}</Relationships>""";
}
