using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Portal.Domain.Reporting.Annex;
using Portal.Rendering.Templates;

namespace Portal.Annex;

/// <summary>
/// What makes the DOCX the same bytes in every build: the document's properties dated on the as-of date, never the
/// clock, and the zip written again with every entry dated on the as-of date too, because System.IO.Packaging dates
/// each entry with the machine's current time.
/// </summary>
internal static class DocxPackage
{
    public static void SetProperties(WordprocessingDocument package, AnnexDocument document, AnnexMetadata metadata)
    {
        var core = package.AddNewPart<CoreFilePropertiesPart>("application/vnd.openxmlformats-package.core-properties+xml", "rIdCore");
        var date = metadata.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{Html.Escape(document.Title)}</dc:title><dc:subject>{Html.Escape(document.Subtitle)}</dc:subject><dc:creator>{Html.Escape(metadata.Publisher)}</dc:creator><dc:language>{Html.Escape(DocxLanguage.Of(metadata.Language))}</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">{date}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{date}</dcterms:modified></cp:coreProperties>
            """;
        using var stream = core.GetStream(FileMode.Create);
        stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(xml));
    }

    /// <summary>Copies the package's entries, in their order, into a new zip whose entries are all dated on the as-of date.</summary>
    public static void WriteDeterministic(MemoryStream package, DateOnly asOf, Stream output)
    {
        var stamp = new DateTimeOffset(asOf.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var copy = new MemoryStream();
        using (var target = new ZipArchive(copy, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var written = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                written.LastWriteTime = stamp;
                using var from = entry.Open();
                using var to = written.Open();
                from.CopyTo(to);
            }
        }

        copy.Position = 0;
        copy.CopyTo(output);
    }
}
