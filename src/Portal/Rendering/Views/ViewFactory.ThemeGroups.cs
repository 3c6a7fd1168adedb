using Portal.Domain.Model;

namespace Portal.Rendering.Views;

/// <summary>A city's commitments by theme, so a reader can go straight to the theme they came for.</summary>
internal sealed partial class ViewFactory
{
    /// <summary>
    /// Each commitment under its first theme only: an element id may appear once a page, and the card lists its
    /// other themes. Groups follow the theme list's order, then themes it does not name in alphabetical order,
    /// then commitments without a theme.
    /// </summary>
    public IReadOnlyList<ThemeGroupView> ThemeGroups(IEnumerable<Commitment> commitments)
    {
        var order = Model.Themes.Themes.Select((theme, index) => (theme.Id, index)).ToDictionary(t => t.Id, t => t.index, StringComparer.Ordinal);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        return [.. commitments
            .GroupBy(c => c.Themes.Count > 0 ? c.Themes[0] : null)
            .OrderBy(g => g.Key is null ? 2 : order.ContainsKey(g.Key) ? 0 : 1)
            .ThenBy(g => g.Key is { } key && order.TryGetValue(key, out var index) ? index : 0)
            .ThenBy(g => g.Key is null ? string.Empty : ThemeLabel(g.Key), StringComparer.OrdinalIgnoreCase)
            .Select(g => new ThemeGroupView(
                UniqueAnchor(anchors, g.Key is null ? "theme-none" : "theme-" + Slug.FromText(g.Key)),
                g.Key is null ? strings["city.no-theme"] : ThemeLabel(g.Key),
                [.. g.Select(CommitmentItem)]))];
    }

    /// <summary>Two labels the theme list does not gather may make the same slug ("Roma" and "roma"); the second gets a number.</summary>
    private static string UniqueAnchor(HashSet<string> taken, string anchor)
    {
        var candidate = anchor;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{anchor}-{n}";
        }

        return candidate;
    }
}
