using Portal.Domain.Diagnostics;

namespace Portal.Importing.Mapping;

/// <summary>Reports the columns an export must have and lacks, at its header, naming the columns such an export has.</summary>
public static class RequiredColumns
{
    /// <returns>True when every required column is there.</returns>
    public static bool Check(SourceTable table, DiagnosticBag diagnostics, string exportName, string expected, params (string Name, int? Index)[] required)
    {
        var missing = required.Where(r => r.Index is null).Select(r => r.Name).ToList();
        foreach (var name in missing)
        {
            diagnostics.Error(table.HeaderLocation, $"the file has no '{name}' column, so it is not a {exportName} export as this reads them; such an export has: {expected}");
        }

        return missing.Count == 0;
    }
}
