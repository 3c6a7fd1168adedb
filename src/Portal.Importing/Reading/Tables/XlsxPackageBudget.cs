using System.Globalization;
using System.IO.Compression;
using Portal.Domain.Diagnostics;

namespace Portal.Importing.Reading.Tables;

/// <summary>
/// Checks a workbook's zip before any part is unpacked: how many entries it has and how large each declares it
/// unpacks to. A zip bomb that declares its size honestly stops here; one that lies is stopped by the XML
/// reader's own limit on the characters it reads from a part.
/// </summary>
internal static class XlsxPackageBudget
{
    public static void Check(string path, byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        if (zip.Entries.Count > ImportLimits.MaxWorkbookEntries)
        {
            throw Refusal(path, $"the workbook's zip holds {zip.Entries.Count:N0} entries; a workbook has a few dozen, and at most {ImportLimits.MaxWorkbookEntries:N0} are read");
        }

        foreach (var entry in zip.Entries.Where(e => e.Length > ImportLimits.MaxPartBytes))
        {
            throw Refusal(path, $"the workbook's part '{CellReference.Quote(entry.FullName)}' unpacks to {entry.Length:N0} bytes; a part may unpack to at most {ImportLimits.MaxPartBytes:N0}, so the file is not read");
        }
    }

    private static ExportRefusal Refusal(string path, FormattableString message) =>
        new(SourceLocation.OfFile(path), message.ToString(CultureInfo.InvariantCulture));
}
