namespace Portal.Importing.Mapping;

/// <summary>
/// Merges the rows of an export into recommendations.csv, without touching a file:
/// <list type="bullet">
/// <item>a recommendation whose stable id is new is added at the end;</item>
/// <item>one whose id is already there is updated: where the export has a value it replaces the cell,
/// where it has none the cell keeps what it had (say, a date typed in by hand), and list columns
/// (themes, SDGs, affected persons) take the union, so values added by hand stay;</item>
/// <item>columns the contract does not know, and rows the export does not hold, stay as they are.</item>
/// </list>
/// Every row read ends up added, updated, unchanged or skipped with a reason.
/// </summary>
public static class ImportMerger
{
    public static MergeOutcome Merge(RecommendationTable existing, MappedExport export, ImportSelection selection)
    {
        var skipped = new List<SkippedRow>();
        var imported = Collect(export.Rows, selection, skipped);
        var byId = imported.ToDictionary(p => p.Cells[RecommendationColumns.Id], StringComparer.Ordinal);

        var rows = new List<TableRow>(existing.Rows.Count + imported.Count);
        var consumed = new HashSet<string>(StringComparer.Ordinal);
        var changedColumns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        int updated = 0, unchanged = 0, untouched = 0, notInExport = 0;
        foreach (var row in existing.Rows)
        {
            if (row.Id.Length > 0 && byId.TryGetValue(row.Id, out var pending) && consumed.Add(row.Id))
            {
                var changes = Changes(row, pending.Cells);
                if (changes.Count == 0)
                {
                    unchanged++;
                    rows.Add(row);
                    continue;
                }

                updated++;
                foreach (var column in changes.Keys)
                {
                    changedColumns[column] = changedColumns.GetValueOrDefault(column) + 1;
                }

                rows.Add(row.With(changes, pending.Line));
                continue;
            }

            untouched++;
            if (IsOwnRowMissingFromExport(row, byId, selection))
            {
                notInExport++;
            }

            rows.Add(row);
        }

        var added = imported.Where(p => !consumed.Contains(p.Cells[RecommendationColumns.Id])).ToList();
        rows.AddRange(added.Select(p => new TableRow(p.Cells) { ImportedFrom = p.Line }));
        return new MergeOutcome
        {
            Table = new RecommendationTable(existing.WithContractColumns(), rows),
            Added = added.Count,
            Updated = updated,
            Unchanged = unchanged,
            Skipped = skipped,
            ChangedColumns = changedColumns,
            Untouched = untouched,
            NotInExport = notInExport,
        };
    }

    /// <summary>
    /// The export's recommendations in file order, one per stable id. Rows that repeat an earlier row cell for
    /// cell are skipped as exact duplicates; rows that only share its id are merged into it and skipped.
    /// </summary>
    private static List<PendingRow> Collect(IReadOnlyList<SourceRow> rows, ImportSelection selection, List<SkippedRow> skipped)
    {
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var byId = new Dictionary<string, PendingRow>(StringComparer.Ordinal);
        var order = new List<PendingRow>();
        foreach (var row in rows)
        {
            if (row.Recommendation is not { } recommendation)
            {
                skipped.Add(new SkippedRow(row.Line, row.Skip ?? SkipReason.NoText, row.Detail));
                continue;
            }

            if (!selection.Includes(recommendation.Country))
            {
                skipped.Add(new SkippedRow(row.Line, SkipReason.OtherCountry, recommendation.Country));
                continue;
            }

            if (firstLineOf.TryGetValue(row.Fingerprint, out var first))
            {
                skipped.Add(new SkippedRow(row.Line, SkipReason.ExactDuplicate, SameAsLine: first));
                continue;
            }

            firstLineOf[row.Fingerprint] = row.Line;
            var cells = RecommendationColumns.CellsOf(recommendation);
            if (byId.TryGetValue(recommendation.Id, out var earlier))
            {
                var detail = MergeInto(earlier.Cells, cells);
                skipped.Add(new SkippedRow(row.Line, SkipReason.SameRecommendation, detail, earlier.Line));
                continue;
            }

            var pending = new PendingRow(cells, row.Line);
            byId[recommendation.Id] = pending;
            order.Add(pending);
        }

        return order;
    }

    /// <summary>Folds a later row with the same id into the first: lists are joined, empty cells filled, other values kept from the first.</summary>
    private static string MergeInto(Dictionary<string, string> first, Dictionary<string, string> later)
    {
        var differing = new List<string>();
        foreach (var column in RecommendationColumns.All)
        {
            var mine = first[column];
            var theirs = later[column];
            if (string.Equals(mine, theirs, StringComparison.Ordinal))
            {
                continue;
            }

            differing.Add(column);
            if (RecommendationColumns.IsList(column))
            {
                first[column] = Union(mine, theirs);
            }
            else if (mine.Length == 0)
            {
                first[column] = theirs;
            }
        }

        return differing.Count == 0 ? "identical once read" : "differs in " + string.Join(", ", differing);
    }

    /// <summary>The cells an import changes in an existing row.</summary>
    private static Dictionary<string, string> Changes(TableRow row, Dictionary<string, string> imported)
    {
        var changes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in RecommendationColumns.All.Where(c => c != RecommendationColumns.Id))
        {
            var current = row[column];
            var incoming = imported[column];
            if (string.Equals(current, incoming, StringComparison.Ordinal))
            {
                continue;
            }

            var merged = RecommendationColumns.IsList(column) ? Union(current, incoming)
                : incoming.Length > 0 ? incoming
                : current;
            if (!string.Equals(merged, current, StringComparison.Ordinal))
            {
                changes[column] = merged;
            }
        }

        return changes;
    }

    /// <summary>The values of both lists, those already there first; the cell is left as written when nothing is new.</summary>
    private static string Union(string current, string incoming)
    {
        var values = RecommendationColumns.SplitList(current).ToList();
        var added = RecommendationColumns.SplitList(incoming)
            .Where(v => !values.Contains(v, StringComparer.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return added.Count == 0 ? current : RecommendationColumns.JoinList([.. values, .. added]);
    }

    private static bool IsOwnRowMissingFromExport(TableRow row, Dictionary<string, PendingRow> imported, ImportSelection selection) =>
        row.Id.StartsWith(selection.IdPrefix, StringComparison.Ordinal)
        && !imported.ContainsKey(row.Id)
        && selection.Includes(row[RecommendationColumns.Country]);

    private sealed record PendingRow(Dictionary<string, string> Cells, int Line);
}
