using Portal.Domain.Diagnostics;
using Portal.TextFiles.Csv;

namespace Portal.Tests.Support;

/// <summary>Builds CSV documents from text, the way the loader reads a file.</summary>
internal static class TestCsv
{
    public const string Path = "data/test.csv";

    /// <summary>Joins lines with LF and ends the last one, as most editors save files.</summary>
    public static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";

    public static CsvDocument Read(string text, DiagnosticBag diagnostics) =>
        CsvDocumentReader.Read(Path, text, diagnostics);

    /// <summary>The single data row of a two-line file.</summary>
    public static CsvRecord Row(string header, string row, DiagnosticBag diagnostics) =>
        Assert.Single(Read(Lines(header, row), diagnostics).Records);
}
