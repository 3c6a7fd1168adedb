using Portal.Domain.Diagnostics;
using Portal.Domain.Model;
using Portal.Domain.Themes;
using Portal.Domain.Validation;

namespace Portal.Loading.Themes;

/// <summary>
/// Checks themes.csv as a whole: every id once, and every label (an id, a label or a source label) leading to one
/// theme only, compared as the mapping compares them (case and surrounding spaces aside).
/// </summary>
internal static class ThemeListChecker
{
    public static ThemeVocabulary Check(IReadOnlyList<Theme> themes, IColumnLocator cells, DiagnosticBag diagnostics)
    {
        var ids = new Dictionary<string, Theme>(StringComparer.Ordinal);
        var claims = new Dictionary<string, Theme>(StringComparer.OrdinalIgnoreCase);
        foreach (var theme in themes)
        {
            if (theme.Id.Length > 0 && !ids.TryAdd(theme.Id, theme))
            {
                diagnostics.Error(cells.Locate(theme.Row, "id"), $"the theme id '{theme.Id}' appears twice: first on line {ids[theme.Id].Row.Line}");
                continue;
            }

            foreach (var (label, column) in Names(theme).Where(n => n.Label.Trim().Length > 0))
            {
                var key = ThemeVocabulary.Key(label);
                if (!claims.TryAdd(key, theme) && claims[key] is var owner && !ReferenceEquals(owner, theme))
                {
                    diagnostics.Error(
                        cells.Locate(theme.Row, column),
                        $"'{key}' leads to two themes: '{owner.Id}' (line {owner.Row.Line}) and '{theme.Id}'; a label may belong to one theme only (case and surrounding spaces do not count)");
                }
            }
        }

        return new ThemeVocabulary(themes);
    }

    private static IEnumerable<(string Label, string Column)> Names(Theme theme) =>
        [(theme.Id, "id"), (theme.Label, "label"), .. theme.SourceLabels.Select(s => (s, "source_labels"))];
}
