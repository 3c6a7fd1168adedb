using Portal.Domain.Model;

namespace Portal.Domain.Reporting;

/// <summary>
/// What cities have done on the recommendations addressed to a State: one row per (recommendation, commitment)
/// pair, in one order for every page, file and annex. Recommendations go by mechanism (in the order of
/// <see cref="Vocabularies.KnownMechanisms"/>, others after by name), cycle, document symbol and paragraph
/// (numbers compared as numbers, so 150.9 comes before 150.10), then id; a recommendation's rows by city name,
/// then commitment id.
/// </summary>
public static class LocalAction
{
    public static IReadOnlyList<LocalActionRow> Rows(PortalModel model, LocalActionScope scope) =>
        [.. Recommendations(model, scope).SelectMany(recommendation => RowsOf(model, recommendation))];

    /// <summary>Every recommendation in scope, acted on or not, in the order of the rows.</summary>
    public static IReadOnlyList<Recommendation> Recommendations(PortalModel model, LocalActionScope scope) =>
        [.. model.RecommendationsByCountry[scope.Country.ToUpperInvariant()].Where(scope.Covers).OrderBy(r => r, RecommendationOrder.Instance)];

    /// <summary>
    /// Every State's rows at once, by State code in ordinal order: the same rows, in the same order, as
    /// <see cref="Rows"/> gives for each State, but sorting only the recommendations cities act on, so that a
    /// build with tens of thousands of recommendations pays for the few hundred that have rows.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<LocalActionRow>> ByState(PortalModel model)
    {
        var actedOn = model.Commitments
            .SelectMany(c => c.RecommendationIds)
            .Distinct(StringComparer.Ordinal)
            .Select(id => model.RecommendationById.GetValueOrDefault(id))
            .OfType<Recommendation>();
        var byState = new SortedDictionary<string, IReadOnlyList<LocalActionRow>>(StringComparer.Ordinal);
        foreach (var state in actedOn.GroupBy(r => r.Country.ToUpperInvariant(), StringComparer.Ordinal))
        {
            byState[state.Key] = [.. state.OrderBy(r => r, RecommendationOrder.Instance).SelectMany(r => RowsOf(model, r))];
        }

        return byState;
    }

    private static IEnumerable<LocalActionRow> RowsOf(PortalModel model, Recommendation recommendation) =>
        model.CommitmentsByRecommendation[recommendation.Id]
            .Select(c => new LocalActionRow(recommendation, c, model.CityById[c.CityId], model.Evaluation[c.Id]))
            .OrderBy(row => row.City.Name, StringComparer.Ordinal)
            .ThenBy(row => row.Commitment.Id, StringComparer.Ordinal);
}
