using Portal.Domain.Model;
using Portal.Domain.Reporting;

namespace Portal.Annex;

/// <summary>
/// STAND-IN, to be deleted at the merge: the dashboard's branch adds <c>LocalActionScopes.Of(PortalModel)</c> in
/// src/Portal.Domain/Reporting/. Every scope with rows: each country, each of its mechanisms, each mechanism's review.
/// </summary>
internal static class LocalActionScopesStandIn
{
    public static IReadOnlyList<LocalActionScope> Of(PortalModel model)
    {
        var scopes = new List<LocalActionScope>();
        foreach (var country in model.Countries)
        {
            var acted = LocalAction.Recommendations(model, new LocalActionScope(country)).Where(r => model.CommitmentsByRecommendation[r.Id].Any()).ToList();
            if (acted.Count == 0)
            {
                continue;
            }

            scopes.Add(new LocalActionScope(country));
            foreach (var mechanism in acted.GroupBy(r => r.Mechanism, StringComparer.OrdinalIgnoreCase))
            {
                scopes.Add(new LocalActionScope(country, mechanism.Key));
                scopes.AddRange(mechanism.Select(ReviewCycle.Of).OfType<int>().Distinct().Order().Select(cycle => new LocalActionScope(country, mechanism.Key, cycle)));
            }
        }

        return scopes;
    }
}
