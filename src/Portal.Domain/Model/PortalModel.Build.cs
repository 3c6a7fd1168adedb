using Portal.Domain.Methodology;

namespace Portal.Domain.Model;

public sealed partial class PortalModel
{
    /// <summary>Builds the model from data that has passed validation: every reference resolves.</summary>
    public static PortalModel Build(PortalData data, DateOnly asOf)
    {
        var evaluator = new CommitmentEvaluator(asOf);
        var progress = data.Progress.ToLookup(p => p.CommitmentId, StringComparer.Ordinal);
        var evaluation = data.Commitments.ToDictionary(c => c.Id, c => evaluator.Evaluate(c, progress[c.Id]), StringComparer.Ordinal);
        var commitmentsByCity = data.Commitments.ToLookup(c => c.CityId, StringComparer.Ordinal);
        var assessmentsByCity = data.Assessments.ToLookup(a => a.CityId, StringComparer.Ordinal);
        var cities = data.Cities.OrderBy(c => c.Name, NameOrder.Comparer).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        var news = data.Content.Where(p => p.Kind == ContentKind.News && !p.Draft)
            .OrderByDescending(p => p.Date).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList();

        return new PortalModel
        {
            AsOf = asOf,
            Cities = cities,
            Recommendations = data.Recommendations,
            Commitments = data.Commitments,
            Pillars = PillarsOf(data.Framework),
            Themes = data.Themes,
            FrameworkElements = data.Framework,
            Assessments = data.Assessments,
            Countries = data.Cities.Select(c => c.Country).Concat(data.Recommendations.Select(r => r.Country))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            Pages = data.Content.Where(p => p.Kind == ContentKind.Page && !p.Draft)
                .OrderBy(p => p.Order ?? int.MaxValue).ThenBy(p => p.Title, StringComparer.Ordinal).ToList(),
            News = news,
            CityById = data.Cities.ToDictionary(c => c.Id, StringComparer.Ordinal),
            RecommendationById = data.Recommendations.ToDictionary(r => r.Id, StringComparer.Ordinal),
            RecommendationSlug = UniqueSlugs(data.Recommendations),
            CommitmentById = data.Commitments.ToDictionary(c => c.Id, StringComparer.Ordinal),
            ElementById = data.Framework.ToDictionary(e => e.Id, StringComparer.Ordinal),
            Evaluation = evaluation,
            CitySummary = data.Cities.ToDictionary(
                c => c.Id,
                c => Methodology.CitySummary.Of([.. commitmentsByCity[c.Id].Select(m => evaluation[m.Id])], assessmentsByCity[c.Id], data.Framework.Count),
                StringComparer.Ordinal),
            CommitmentsByCity = commitmentsByCity,
            CommitmentsByRecommendation = data.Commitments
                .SelectMany(c => c.RecommendationIds.Distinct().Select(r => (Recommendation: r, Commitment: c)))
                .ToLookup(p => p.Recommendation, p => p.Commitment, StringComparer.Ordinal),
            CommitmentsByElement = data.Commitments
                .SelectMany(c => c.FrameworkIds.Distinct().Select(e => (Element: e, Commitment: c)))
                .ToLookup(p => p.Element, p => p.Commitment, StringComparer.Ordinal),
            AssessmentsByCity = assessmentsByCity,
            AssessmentsByElement = data.Assessments.ToLookup(a => a.ElementId, StringComparer.Ordinal),
            RecommendationsByCountry = data.Recommendations.ToLookup(r => r.Country, StringComparer.Ordinal),
            CitiesByCountry = cities.ToLookup(c => c.Country, StringComparer.Ordinal),
            NewsByCity = news.Where(n => n.CityId is not null).ToLookup(n => n.CityId!, StringComparer.Ordinal),
            CityNarrative = data.Content.Where(p => p.Kind == ContentKind.CityNarrative && !p.Draft)
                .ToDictionary(p => p.Slug, StringComparer.Ordinal),
            LastUpdated = evaluation.Values.Select(e => e.LastActivity).Where(d => d is not null).Max(),
        };
    }

    /// <summary>The latest date anything about a city's commitments was reported.</summary>
    public PartialDate? CityLastUpdated(string cityId) =>
        CommitmentsByCity[cityId].Select(c => Evaluation[c.Id].LastActivity).Where(d => d is not null).Max();

    /// <summary>How many cities have a commitment that acts on a recommendation.</summary>
    public int CitiesActingOn(string recommendationId) =>
        CommitmentsByRecommendation[recommendationId].Select(c => c.CityId).Distinct(StringComparer.Ordinal).Count();

    private static List<Pillar> PillarsOf(IReadOnlyList<FrameworkElement> elements) =>
        [.. elements
            .GroupBy(e => e.Pillar, StringComparer.Ordinal)
            .Select(g => new Pillar(g.Key, [.. g.OrderBy(e => e.Order ?? int.MaxValue)]))];

    /// <summary>Gives each recommendation a URL slug from its id; ids that slug alike get -2, -3 in file order.</summary>
    private static Dictionary<string, string> UniqueSlugs(IReadOnlyList<Recommendation> recommendations)
    {
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var recommendation in recommendations)
        {
            var baseSlug = Slug.FromText(recommendation.Id);
            var slug = baseSlug;
            for (var n = 2; !taken.Add(slug); n++)
            {
                slug = $"{baseSlug}-{n}";
            }

            slugs.TryAdd(recommendation.Id, slug);
        }

        return slugs;
    }
}
