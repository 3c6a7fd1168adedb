using Portal.Domain.Limits;

namespace Portal.Importing;

/// <summary>
/// The budgets only the importers keep, on top of the <see cref="InputLimits"/> they share with the build: how
/// large an export may be as a file, as unpacked XML and as HTML, each checked before the memory is spent.
/// The real exports are far below them: the whole UPR Info database is a 10 MB CSV.
/// </summary>
internal static class ImportLimits
{
    /// <summary>The largest export file read: a dozen times the whole UPR Info database.</summary>
    public const long MaxFileBytes = 128L * 1024 * 1024;

    /// <summary>The most entries an XLSX zip may hold: a workbook has a few dozen parts.</summary>
    public const int MaxWorkbookEntries = 10_000;

    /// <summary>The most bytes one part of an XLSX may unpack to, as its zip entry declares; a zip bomb declares more.</summary>
    public const long MaxPartBytes = 128L * 1024 * 1024;

    /// <summary>The most characters the XML reader reads from one part, whatever its entry declared.</summary>
    public const long MaxPartCharacters = MaxPartBytes;

    /// <summary>The most characters of text a workbook's strings and cells may hold together: six times the UPR Info database.</summary>
    public const long MaxTextCharacters = 64L * 1024 * 1024;

    /// <summary>How deep the JSON of an export may nest: an annotation is an object in a list, holding lists of objects.</summary>
    public const int MaxJsonDepth = 32;

    /// <summary>How deep the HTML of a text may nest: paragraphs and lists are a few levels deep.</summary>
    public const int MaxHtmlDepth = 256;
}
