using Portal.Domain.Themes;

namespace Portal.Importing.Mapping;

/// <summary>
/// Maps the theme labels of an export onto the portal's theme ids (from the data folder's themes.csv), so that
/// recommendations.csv holds ids. A label no theme gathers is written exactly as the mapper read it, never split
/// or changed, and counted in the report. Without a theme list the labels are written as they come, as before.
/// </summary>
public static class ImportedThemes
{
    public const string Field = "theme";

    public static MappedExport Map(MappedExport export, ThemeVocabulary themes)
    {
        if (!themes.IsDefined)
        {
            return export;
        }

        var rows = export.Rows.Select(row => row.Recommendation is { } recommendation
            ? row with { Recommendation = recommendation with { Themes = Themes(recommendation.Themes, row.Line, themes, export.Unmapped) } }
            : row).ToList();
        return export with { Rows = rows };
    }

    private static List<string> Themes(IReadOnlyList<string> labels, int line, ThemeVocabulary themes, UnmappedValues unmapped)
    {
        var ids = new List<string>(labels.Count);
        foreach (var label in labels)
        {
            var id = themes.Find(label)?.Id;
            if (id is null)
            {
                unmapped.Add(Field, label, line, "kept as written");
            }

            var value = id ?? label;
            if (!ids.Contains(value, StringComparer.Ordinal))
            {
                ids.Add(value);
            }
        }

        return ids;
    }
}
