using Portal.Domain.Methodology;
using Portal.Domain.Model;

namespace Portal.Domain.Reporting;

/// <summary>
/// The counts of a dashboard: for the whole scope, by mechanism, by review and by theme. Mechanisms and reviews
/// partition the recommendations, so their rows add up to the total; a recommendation with several themes counts
/// under each, so the theme rows may add up to more.
/// </summary>
public sealed record LocalActionSummary(
    LocalActionTally Total,
    IReadOnlyList<MechanismTally> ByMechanism,
    IReadOnlyList<ReviewTally> ByReview,
    IReadOnlyList<ThemeTally> ByTheme)
{
    /// <summary>
    /// Counts the recommendations given, those of one scope; one pass over them and their commitments, whatever
    /// their number. Groups come in the order of <see cref="RecommendationOrder"/>; themes in the order of the
    /// portal's theme list, then others by name, then "no theme".
    /// </summary>
    public static LocalActionSummary Of(PortalModel model, IReadOnlyList<Recommendation> recommendations)
    {
        var verdicts = recommendations.ToDictionary(
            r => r.Id,
            r => (IReadOnlyList<Verdict>)[.. model.CommitmentsByRecommendation[r.Id].Select(c => model.Evaluation[c.Id].Verdict)],
            StringComparer.Ordinal);
        LocalActionTally TallyOf(IEnumerable<Recommendation> group) => Tally(group, verdicts);

        var byMechanism = recommendations
            .GroupBy(r => r.Mechanism, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Name: g.Select(r => r.Mechanism).Min(StringComparer.Ordinal)!, Group: g))
            .OrderBy(m => m.Name, Comparer<string>.Create(RecommendationOrder.CompareMechanisms))
            .ToList();
        return new LocalActionSummary(
            TallyOf(recommendations),
            [.. byMechanism.Select(m => new MechanismTally(m.Name, TallyOf(m.Group)))],
            [.. byMechanism.SelectMany(m => m.Group
                .GroupBy(ReviewCycle.Of)
                .OrderBy(g => g.Key ?? int.MaxValue)
                .Select(g => new ReviewTally(m.Name, g.Key, TallyOf(g))))],
            [.. GroupByTheme(model, recommendations).Select(g => new ThemeTally(g.Key, TallyOf(g)))]);
    }

    private static IEnumerable<IGrouping<string?, Recommendation>> GroupByTheme(PortalModel model, IReadOnlyList<Recommendation> recommendations)
    {
        var listed = model.Themes.Themes.Select((t, i) => (t.Id, i)).ToDictionary(t => t.Id, t => t.i, StringComparer.Ordinal);
        return recommendations
            .SelectMany(r => r.Themes.Count == 0 ? [(Theme: (string?)null, Recommendation: r)] : r.Themes.Distinct(StringComparer.Ordinal).Select(t => (Theme: (string?)t, Recommendation: r)))
            .GroupBy(p => p.Theme, p => p.Recommendation)
            .OrderBy(g => g.Key is null)
            .ThenBy(g => g.Key is not null && listed.TryGetValue(g.Key, out var index) ? index : int.MaxValue)
            .ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .ThenBy(g => g.Key, StringComparer.Ordinal);
    }

    private static LocalActionTally Tally(IEnumerable<Recommendation> group, Dictionary<string, IReadOnlyList<Verdict>> verdicts)
    {
        var counts = new int[Enum.GetValues<Verdict>().Length];
        int recommendations = 0, withLocalAction = 0;
        foreach (var recommendation in group)
        {
            recommendations++;
            var ofRecommendation = verdicts[recommendation.Id];
            withLocalAction += ofRecommendation.Count > 0 ? 1 : 0;
            foreach (var verdict in ofRecommendation)
            {
                counts[(int)verdict]++;
            }
        }

        return new LocalActionTally(recommendations, withLocalAction, [.. Enum.GetValues<Verdict>().Select(v => new VerdictCount(v, counts[(int)v]))]);
    }
}
