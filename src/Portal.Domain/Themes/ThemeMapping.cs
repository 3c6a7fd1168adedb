using Portal.Domain.Diagnostics;

namespace Portal.Domain.Themes;

/// <summary>
/// Maps a record's theme labels onto the portal's theme ids. A label no theme gathers is kept exactly as written
/// (never split, never changed) and counted, so that a report can list it.
/// </summary>
public sealed class ThemeMapping(ThemeVocabulary vocabulary)
{
    // Spellings that differ only in case are one label to report, as they are one entry of the theme facet.
    private readonly Dictionary<string, UnmappedTheme> _unmapped = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The labels no theme gathers, with how many records hold each and where the first was; most frequent first.</summary>
    public IReadOnlyList<UnmappedTheme> Unmapped =>
        [.. _unmapped.Values.OrderByDescending(u => u.Count).ThenBy(u => u.Label, StringComparer.Ordinal)];

    /// <summary>The theme ids of the labels, in their order and each once; unmapped labels as written. <paramref name="where"/> is the cell, for the report.</summary>
    public IReadOnlyList<string> Map(IReadOnlyList<string> labels, Func<SourceLocation> where)
    {
        if (!vocabulary.IsDefined || labels.Count == 0)
        {
            return labels;
        }

        var mapped = new List<string>(labels.Count);
        foreach (var label in labels)
        {
            var value = vocabulary.Find(label)?.Id ?? KeptAsWritten(label, where);
            if (!mapped.Contains(value, StringComparer.Ordinal))
            {
                mapped.Add(value);
            }
        }

        return mapped;
    }

    private string KeptAsWritten(string label, Func<SourceLocation> where)
    {
        var key = ThemeVocabulary.Key(label);
        if (_unmapped.TryGetValue(key, out var seen))
        {
            _unmapped[key] = seen with { Count = seen.Count + 1 };
        }
        else
        {
            _unmapped[key] = new UnmappedTheme(label, 1, where());
        }

        return label;
    }
}
