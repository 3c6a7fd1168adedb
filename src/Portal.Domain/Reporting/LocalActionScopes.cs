using Portal.Domain.Model;

namespace Portal.Domain.Reporting;

/// <summary>
/// Every scope that has a dashboard page and an annex: each State with at least one (recommendation, commitment)
/// pair, each of its mechanisms with one, and each (mechanism, review) with one. One list for the pages and the
/// annexes, so that every dashboard links to an annex that exists and no annex is built without its page.
/// </summary>
public static class LocalActionScopes
{
    /// <summary>
    /// The scopes in a fixed order: States by code; within a State, the State itself, then each mechanism (in the
    /// order of <see cref="RecommendationOrder"/>) followed by its reviews in ascending order. A mechanism is spelt
    /// as the data first spells it in ordinal order, since scopes compare mechanisms ignoring case. A recommendation
    /// with no review (a UPR one without a cycle) counts for its State and mechanism only.
    /// </summary>
    public static IReadOnlyList<LocalActionScope> Of(PortalModel model)
    {
        var actedOn = ActedOnRecommendations(model);
        var scopes = new List<LocalActionScope>();
        foreach (var country in actedOn.GroupBy(r => r.Country.ToUpperInvariant(), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            scopes.Add(new LocalActionScope(country.Key));
            foreach (var mechanism in MechanismsOf(country))
            {
                scopes.Add(new LocalActionScope(country.Key, mechanism.Name));
                scopes.AddRange(mechanism.Reviews.Select(review => new LocalActionScope(country.Key, mechanism.Name, review)));
            }
        }

        return scopes;
    }

    /// <summary>Recommendations with at least one commitment, each once; one pass over the commitments.</summary>
    private static List<Recommendation> ActedOnRecommendations(PortalModel model)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var recommendations = new List<Recommendation>();
        foreach (var id in model.Commitments.SelectMany(c => c.RecommendationIds))
        {
            if (seen.Add(id) && model.RecommendationById.TryGetValue(id, out var recommendation))
            {
                recommendations.Add(recommendation);
            }
        }

        return recommendations;
    }

    private static IEnumerable<(string Name, IReadOnlyList<int> Reviews)> MechanismsOf(IEnumerable<Recommendation> recommendations) =>
        recommendations
            .GroupBy(r => r.Mechanism, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Name: g.Select(r => r.Mechanism).Min(StringComparer.Ordinal)!, Group: g))
            .OrderBy(m => m.Name, Comparer<string>.Create(RecommendationOrder.CompareMechanisms))
            .Select(m => (m.Name, (IReadOnlyList<int>)[.. m.Group.Select(ReviewCycle.Of).OfType<int>().Distinct().Order()]));
}
