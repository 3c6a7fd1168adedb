using Portal.Domain.Diagnostics;
using Portal.TextFiles.Csv;

namespace Portal.Loading.Tables;

/// <summary>Checks a document's header against a table's contract and reads every row into a record.</summary>
internal static class TableReader
{
    public static IReadOnlyList<T> Read<T>(ITable<T> table, CsvDocument document, DiagnosticBag diagnostics)
    {
        CheckHeader(table, document, diagnostics);
        return [.. document.Records.Select(record => table.Read(new RowReader(record, diagnostics)))];
    }

    private static void CheckHeader<T>(ITable<T> table, CsvDocument document, DiagnosticBag diagnostics)
    {
        if (document.HeaderLocations.Count == 0)
        {
            return;
        }

        var headerStart = document.HeaderLocations[0];
        foreach (var column in table.Columns.Where(c => c.Required && document.Header.IndexOf(c.Name) is null))
        {
            diagnostics.Error(headerStart, $"required column '{column.Name}' is missing from the header");
        }

        var known = table.Columns.Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < document.Header.Count; i++)
        {
            var name = document.Header.Names[i];
            var location = document.HeaderLocations[Math.Min(i, document.HeaderLocations.Count - 1)];
            if (!seen.Add(name))
            {
                diagnostics.Error(location, $"column '{name}' appears twice in the header");
            }
            else if (!known.Contains(name))
            {
                diagnostics.Warning(location, $"unknown column '{name}' is ignored; {table.FileName} has: {string.Join(", ", table.Columns.Select(c => c.Name))}");
            }
        }
    }
}
