namespace Portal.Domain.Reporting.Annex;

/// <summary>
/// Which entries stay when they do not all fit the word limit. Entries are tried in one order: those of the
/// recommendations acted on by the most cities first; among equals, achieved and overdue commitments before the
/// others (the results a report is asked for, and the delays it must explain); then the annex's own order (theme,
/// recommendation, city). An entry is kept when its words, with its recommendation's and theme's headings and text
/// and its verdict's definition in the method note if they are not in yet, fit what is left; otherwise it is left out whole and the next is tried. The same input
/// always keeps the same entries, and nothing is cut mid-sentence.
/// </summary>
public static class AnnexSelection
{
    public static IReadOnlyList<AnnexSection> Within(IReadOnlyList<AnnexSection> sections, IReadOnlyDictionary<string, int> citiesOf, IReadOnlyDictionary<string, int> definitionWords, int budget)
    {
        var candidates = sections
            .SelectMany((section, s) => section.Recommendations.SelectMany((recommendation, r) => recommendation.Entries.Select((entry, e) => (Section: s, Recommendation: r, Entry: e, Value: entry, Cities: citiesOf[recommendation.Id]))))
            .Select((candidate, order) => (candidate, order))
            .OrderByDescending(c => c.candidate.Cities)
            .ThenBy(c => IsResult(c.candidate.Value) ? 0 : 1)
            .ThenBy(c => c.order)
            .Select(c => c.candidate);

        var kept = new HashSet<(int, int, int)>();
        var sectionsIn = new HashSet<int>();
        var recommendationsIn = new HashSet<(int, int)>();
        var verdictsIn = new HashSet<string>(StringComparer.Ordinal);
        var left = budget;
        foreach (var c in candidates)
        {
            var cost = AnnexWords.Entry(c.Value)
                + (recommendationsIn.Contains((c.Section, c.Recommendation)) ? 0 : AnnexWords.RecommendationAlone(sections[c.Section].Recommendations[c.Recommendation]))
                + (sectionsIn.Contains(c.Section) ? 0 : AnnexWords.SectionAlone(sections[c.Section]))
                + (verdictsIn.Contains(c.Value.VerdictWord) ? 0 : definitionWords[c.Value.VerdictWord]);
            if (cost <= left)
            {
                left -= cost;
                kept.Add((c.Section, c.Recommendation, c.Entry));
                recommendationsIn.Add((c.Section, c.Recommendation));
                sectionsIn.Add(c.Section);
                verdictsIn.Add(c.Value.VerdictWord);
            }
        }

        return [.. sections.Select((section, s) => section with
            {
                Recommendations = [.. section.Recommendations
                    .Select((recommendation, r) => recommendation with { Entries = [.. recommendation.Entries.Where((_, e) => kept.Contains((s, r, e)))] })
                    .Where(recommendation => recommendation.Entries.Count > 0)],
            })
            .Where(section => section.Recommendations.Count > 0)];
    }

    private static bool IsResult(AnnexEntry entry) => entry.VerdictWord is "achieved" or "overdue";
}
