using System.Globalization;
using Portal.Importing.Mapping;
using Portal.Importing;

namespace Portal.Cli.Import;

/// <summary>
/// Prints the import report to stdout: how the file was read, what became of every row (added, updated,
/// unchanged, or skipped with its reason and examples), the values that could not be mapped, and what was
/// written. Problems go to stderr as <c>path:line:column: error: message</c>.
/// </summary>
internal static class ImportReportPrinter
{
    private const int ExamplesPerReason = 5;
    private const int UnmappedShown = 25;

    public static void Print(ImportOutcome outcome, TextWriter output, TextWriter errors)
    {
        foreach (var diagnostic in outcome.Diagnostics)
        {
            errors.WriteLine(diagnostic.ToString());
        }

        if (outcome.UsageError is { } usage)
        {
            errors.WriteLine($"portal: error: {usage}");
            return;
        }

        if (outcome.Report is not { } report)
        {
            var errorCount = outcome.Diagnostics.Count;
            output.WriteLine(Invariant($"import failed: {errorCount} {(errorCount == 1 ? "error" : "errors")}; nothing was written"));
            return;
        }

        var merge = report.Merge;
        var unit = UnitName(report.Unit);
        output.WriteLine($"import {ImportFormats.NameOf(report.Format)}: {report.Source}");
        output.WriteLine($"  read as {report.Reading}");
        output.WriteLine(Invariant($"  {report.RowsRead} rows read: {merge.Added} added, {merge.Updated} updated, {merge.Unchanged} unchanged, {merge.Skipped.Count} skipped"));
        var accounted = merge.Added + merge.Updated + merge.Unchanged + merge.Skipped.Count;
        if (accounted != report.RowsRead)
        {
            output.WriteLine(Invariant($"  ({accounted} recommendations in all: some rows concern several States, and each State gets its own)"));
        }

        PrintChangedColumns(merge, output);
        PrintSkipped(merge.Skipped, unit, output);
        PrintUnmapped(report.Unmapped, unit, output);
        PrintTarget(report, output);
    }

    private static void PrintChangedColumns(MergeOutcome merge, TextWriter output)
    {
        if (merge.ChangedColumns.Count == 0)
        {
            return;
        }

        var columns = merge.ChangedColumns.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => Invariant($"{p.Key} {p.Value}"));
        output.WriteLine($"  updated cells by column: {string.Join(", ", columns)}");
    }

    private static void PrintSkipped(IReadOnlyList<SkippedRow> skipped, string unit, TextWriter output)
    {
        if (skipped.Count == 0)
        {
            return;
        }

        output.WriteLine("  skipped:");
        foreach (var group in skipped.GroupBy(s => s.Reason).OrderBy(g => g.Key))
        {
            if (group.Key == SkipReason.NotARecommendation)
            {
                PrintByKind(group, unit, output);
                continue;
            }

            var rows = group.ToList();
            var examples = group.Key == SkipReason.OtherCountry ? ByCountry(rows) : Examples(rows, unit);
            output.WriteLine(Invariant($"    {Describe(group.Key)}: {rows.Count} ({examples})"));
        }
    }

    /// <summary>Rows that are not recommendations, one line for each kind, so that each kind has its own count.</summary>
    private static void PrintByKind(IEnumerable<SkippedRow> rows, string unit, TextWriter output)
    {
        foreach (var kind in rows.GroupBy(r => r.Detail ?? "?").OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var kindRows = kind.Select(r => r with { Detail = null }).ToList();
            output.WriteLine(Invariant($"    not a recommendation: {kind.Key}: {kindRows.Count} ({Examples(kindRows, unit)})"));
        }
    }

    private static string Examples(List<SkippedRow> rows, string unit)
    {
        var shown = rows.Take(ExamplesPerReason).Select(row =>
        {
            var example = Invariant($"{unit} {row.Line}");
            if (row.SameAsLine is { } first)
            {
                example += Invariant($" as {unit} {first}");
            }

            return string.IsNullOrEmpty(row.Detail) ? example : $"{example}, {row.Detail}";
        });
        var more = rows.Count > ExamplesPerReason ? Invariant($"; and {rows.Count - ExamplesPerReason} more") : string.Empty;
        return string.Join("; ", shown) + more;
    }

    private static string ByCountry(List<SkippedRow> rows)
    {
        var counts = rows.GroupBy(r => r.Detail ?? "?").OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var shown = counts.Take(ExamplesPerReason).Select(g => Invariant($"{g.Key} {g.Count()}"));
        var more = counts.Count > ExamplesPerReason ? Invariant($", and {counts.Count - ExamplesPerReason} more States") : string.Empty;
        return string.Join(", ", shown) + more;
    }

    private static void PrintUnmapped(IReadOnlyList<UnmappedValue> unmapped, string unit, TextWriter output)
    {
        if (unmapped.Count == 0)
        {
            output.WriteLine("  every value was mapped");
            return;
        }

        output.WriteLine(Invariant($"  values that could not be mapped ({unmapped.Count}):"));
        foreach (var value in unmapped.Take(UnmappedShown))
        {
            var rows = value.Count == 1 ? "1 row" : Invariant($"{value.Count} rows");
            output.WriteLine(Invariant($"    {value.Field} '{value.Value}': {rows}, {value.Outcome} (first at {unit} {value.FirstLine})"));
        }

        if (unmapped.Count > UnmappedShown)
        {
            output.WriteLine(Invariant($"    and {unmapped.Count - UnmappedShown} more values"));
        }
    }

    private static void PrintTarget(ImportReport report, TextWriter output)
    {
        var merge = report.Merge;
        var kept = merge.Untouched == 0 ? string.Empty : Invariant($"; {merge.Untouched} rows this export does not hold are kept as they were");
        output.WriteLine(Invariant($"  {report.Target}: {merge.Table.Rows.Count} rows{kept}"));
        if (merge.NotInExport > 0)
        {
            output.WriteLine(Invariant($"  {merge.NotInExport} of those came from an earlier {ImportFormats.NameOf(report.Format)} import and are not in this export; remove them by hand if they were withdrawn"));
        }

        var outcome = report.DryRun ? "dry run: nothing was written"
            : report.Written ? "written"
            : "nothing to write: the file already holds all of this export";
        output.WriteLine(Invariant($"  {outcome}; took {report.Elapsed.TotalMilliseconds:0} ms"));
    }

    private static string Describe(SkipReason reason) => reason switch
    {
        SkipReason.ExactDuplicate => "exact duplicate of an earlier row",
        SkipReason.SameRecommendation => "same recommendation (same stable id) as an earlier row, merged into it",
        SkipReason.NoText => "no text",
        SkipReason.UnknownCountry => "State not recognised",
        SkipReason.NoMechanism => "no mechanism",
        SkipReason.NoId => "no id",
        SkipReason.NotPublic => "draft or not public",
        SkipReason.OtherCountry => "addressed to a State not chosen with --country",
        SkipReason.NotARecommendation => "not a recommendation",
        _ => reason.ToString(),
    };

    private static string UnitName(RowUnit unit) => unit switch
    {
        RowUnit.SheetRow => "row",
        RowUnit.JsonItem => "item",
        _ => "line",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
