using Portal.Domain.Model;

namespace Portal.Domain.Themes;

/// <summary>
/// The portal's themes and the labels each gathers. A label finds its theme whatever its case and surrounding
/// spaces: by the theme's id, its label, or one of its source labels. Without a theme list nothing is mapped,
/// and themes are shown as the data writes them.
/// </summary>
public sealed class ThemeVocabulary
{
    private readonly Dictionary<string, Theme> _byLabel = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Theme> _byId = new(StringComparer.Ordinal);

    public ThemeVocabulary(IReadOnlyList<Theme> themes)
    {
        Themes = themes;
        foreach (var theme in themes)
        {
            _byId.TryAdd(theme.Id, theme);
            foreach (var label in NamesOf(theme).Where(n => Key(n).Length > 0))
            {
                // The first theme to claim a label keeps it; the loader reports the second claim as an error.
                _byLabel.TryAdd(Key(label), theme);
            }
        }
    }

    public static ThemeVocabulary None { get; } = new([]);

    public IReadOnlyList<Theme> Themes { get; }

    /// <summary>False when the data folder has no theme list: labels are then kept and shown as written, and not reported.</summary>
    public bool IsDefined => Themes.Count > 0;

    /// <summary>Every label that leads to a theme: its id, its label and its source labels.</summary>
    public static IEnumerable<string> NamesOf(Theme theme) => [theme.Id, theme.Label, .. theme.SourceLabels];

    /// <summary>How labels are compared: surrounding spaces do not count, and case is compared apart.</summary>
    public static string Key(string label) => label.Trim();

    public Theme? Find(string label) => _byLabel.GetValueOrDefault(Key(label));

    /// <summary>The theme's label for a theme id; any other value (a label no theme gathers) as written.</summary>
    public string LabelOf(string value) => _byId.TryGetValue(value, out var theme) ? theme.Label : value;
}
