using System.Globalization;
using Portal.Domain.Diagnostics;
using Portal.Domain.Model;
using Portal.Domain.Themes;
using Portal.Domain.Validation;

namespace Portal.Loading.Themes;

/// <summary>
/// Maps the themes of every recommendation and commitment onto the portal's theme ids, and warns once for each
/// label that no theme gathers, with how many rows hold it. Such a label is kept and shown exactly as written.
/// </summary>
internal static class ThemeLabels
{
    public static PortalData Apply(PortalData data, IColumnLocator cells, DiagnosticBag diagnostics)
    {
        if (!data.Themes.IsDefined)
        {
            return data;
        }

        var mapping = new ThemeMapping(data.Themes);
        var mapped = data with
        {
            Recommendations = [.. data.Recommendations.Select(r => r with { Themes = mapping.Map(r.Themes, () => cells.Locate(r.Row, "themes")) })],
            Commitments = [.. data.Commitments.Select(c => c with { Themes = mapping.Map(c.Themes, () => cells.Locate(c.Row, "themes")) })],
        };
        foreach (var unmapped in mapping.Unmapped)
        {
            diagnostics.Warning(unmapped.First, string.Create(
                CultureInfo.InvariantCulture,
                $"no theme of themes.csv gathers the theme '{unmapped.Label}' ({unmapped.Count:N0} {(unmapped.Count == 1 ? "row" : "rows")}); it is shown as written: add it to a theme's source_labels to gather it"));
        }

        return mapped;
    }
}
