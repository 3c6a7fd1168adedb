using System.Text;
using Portal.Domain.Diagnostics;
using Portal.Domain.Limits;
using Portal.TextFiles.Csv;
using Portal.TextFiles.Encodings;
using Portal.Importing.Mapping;

namespace Portal.Importing;

/// <summary>
/// Checks the recommendations.csv an import is about to write the way the next build will read it, so that an
/// import never succeeds with a file the build then refuses. The checks are the build's own: its text decoder,
/// CSV reader and reader of recommendations.csv run over the file as it would be written, and each error they
/// find is reported where it comes from: at the export's row for a row the import wrote, at the file's own
/// line for a row it already held. Characters no cell may hold are refused first, at their cell, because
/// writing the file would otherwise change them (a lone surrogate becomes U+FFFD) before the build could see them.
/// </summary>
internal static class BuildAcceptance
{
    public static bool Accepts(RecommendationTable table, string target, SourceTable export, IBuildRules rules, DiagnosticBag diagnostics)
    {
        var before = diagnostics.ErrorCount;
        CheckCharacters(table, target, export, diagnostics);
        if (diagnostics.ErrorCount == before)
        {
            CheckAsTheBuildReads(table, target, export, rules, diagnostics);
        }

        return diagnostics.ErrorCount == before;
    }

    private static void CheckCharacters(RecommendationTable table, string target, SourceTable export, DiagnosticBag diagnostics)
    {
        foreach (var row in table.Rows)
        {
            foreach (var column in table.Columns)
            {
                var cell = row[column];
                if (ForbiddenCharacters.IndexIn(cell) is var index and >= 0)
                {
                    diagnostics.Error(Origin(row, target, export), $"'{column}' would hold {ForbiddenCharacters.Describe(cell[index])} at character {index + 1}; the build refuses such a cell, so nothing is imported");
                }
            }
        }
    }

    private static void CheckAsTheBuildReads(RecommendationTable table, string target, SourceTable export, IBuildRules rules, DiagnosticBag diagnostics)
    {
        var (text, rowOffsets) = RecommendationsFile.ToText(table);
        var build = new DiagnosticBag();
        if (TextDecoder.Decode(target, Encoding.UTF8.GetBytes(text), build) is not null)
        {
            var document = CsvDocumentReader.Read(target, text, build);
            rules.CheckRecommendations(document, build);
        }

        var rowLines = RowLines(text, rowOffsets);
        foreach (var error in build.Items.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            var rowIndex = RowAt(rowLines, error.Location.Line);
            if (rowIndex < 0)
            {
                diagnostics.Error(new SourceLocation(target, 1, 1), $"{error.Message}; the build would refuse the header of {RecommendationsFile.FileName}, so nothing is imported");
                continue;
            }

            diagnostics.Error(Origin(table.Rows[rowIndex], target, export), $"{error.Message}; the build would refuse this row of {RecommendationsFile.FileName}, so nothing is imported");
        }
    }

    /// <summary>The line each row starts on in the text, counted as the build's CSV reader counts them.</summary>
    private static int[] RowLines(string text, IReadOnlyList<int> rowOffsets)
    {
        var lines = new LineCounter(text);
        return [.. rowOffsets.Select(lines.LineAt)];
    }

    /// <summary>The index of the row that holds the line, or -1 for the header.</summary>
    private static int RowAt(int[] rowLines, int line)
    {
        var index = Array.BinarySearch(rowLines, line);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>Where a problem with a row is reported: the export's row it was imported from, or its line in the file.</summary>
    private static SourceLocation Origin(TableRow row, string target, SourceTable export) =>
        row.ImportedFrom == 0 ? new SourceLocation(target, Math.Max(row.Line, 1), 1) : export.LocationOf(row.ImportedFrom);
}
