using Portal.Domain.Methodology;
using Portal.Domain.Themes;

namespace Portal.Domain.Model;

/// <summary>
/// The validated data, cross-referenced and evaluated once per build. Pages read from it; none of them
/// recomputes a list or an aggregate of its own.
/// </summary>
public sealed partial class PortalModel
{
    public required DateOnly AsOf { get; init; }

    public required IReadOnlyList<City> Cities { get; init; }

    /// <summary>In file order, as the published data lists them.</summary>
    public required IReadOnlyList<Recommendation> Recommendations { get; init; }

    /// <summary>In file order, as the published data lists them.</summary>
    public required IReadOnlyList<Commitment> Commitments { get; init; }

    public required IReadOnlyList<Pillar> Pillars { get; init; }

    /// <summary>The portal's themes: records hold their ids, pages show their labels.</summary>
    public ThemeVocabulary Themes { get; init; } = ThemeVocabulary.None;

    /// <summary>In file order, as the published data lists them.</summary>
    public required IReadOnlyList<FrameworkElement> FrameworkElements { get; init; }

    /// <summary>In file order, as the published data lists them.</summary>
    public required IReadOnlyList<Assessment> Assessments { get; init; }

    /// <summary>ISO3 codes of every State with a city or a recommendation, in code order.</summary>
    public required IReadOnlyList<string> Countries { get; init; }

    public required IReadOnlyList<ContentPage> Pages { get; init; }

    /// <summary>News, newest first.</summary>
    public required IReadOnlyList<ContentPage> News { get; init; }

    public required IReadOnlyDictionary<string, City> CityById { get; init; }

    public required IReadOnlyDictionary<string, Recommendation> RecommendationById { get; init; }

    /// <summary>The URL slug of each recommendation, unique even where two ids slug alike.</summary>
    public required IReadOnlyDictionary<string, string> RecommendationSlug { get; init; }

    public required IReadOnlyDictionary<string, Commitment> CommitmentById { get; init; }

    public required IReadOnlyDictionary<string, FrameworkElement> ElementById { get; init; }

    public required IReadOnlyDictionary<string, CommitmentEvaluation> Evaluation { get; init; }

    public required IReadOnlyDictionary<string, CitySummary> CitySummary { get; init; }

    public required ILookup<string, Commitment> CommitmentsByCity { get; init; }

    public required ILookup<string, Commitment> CommitmentsByRecommendation { get; init; }

    public required ILookup<string, Commitment> CommitmentsByElement { get; init; }

    public required ILookup<string, Assessment> AssessmentsByCity { get; init; }

    public required ILookup<string, Assessment> AssessmentsByElement { get; init; }

    public required ILookup<string, Recommendation> RecommendationsByCountry { get; init; }

    public required ILookup<string, City> CitiesByCountry { get; init; }

    public required ILookup<string, ContentPage> NewsByCity { get; init; }

    public required IReadOnlyDictionary<string, ContentPage> CityNarrative { get; init; }

    /// <summary>The latest date anything in the data was reported, if any.</summary>
    public PartialDate? LastUpdated { get; init; }
}
