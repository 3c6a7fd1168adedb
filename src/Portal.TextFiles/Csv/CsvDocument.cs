using Portal.Domain.Diagnostics;

namespace Portal.TextFiles.Csv;

/// <summary>A CSV file read into its header and records. Syntax problems have been reported already.</summary>
internal sealed record CsvDocument(string Path, CsvHeader Header, IReadOnlyList<SourceLocation> HeaderLocations, IReadOnlyList<CsvRecord> Records)
{
    public static CsvDocument Empty(string path) => new(path, new CsvHeader([]), [], []);
}
