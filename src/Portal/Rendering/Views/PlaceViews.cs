namespace Portal.Rendering.Views;

public sealed record CountryRowView(string Code, LinkView Link, int Cities, int Commitments, int Recommendations);

/// <summary>The States with cities on the portal first, in a table with their counts; then the others, compactly. Each part by name.</summary>
public sealed record CountryIndexView : PageView
{
    public required IReadOnlyList<CountryRowView> WithCities { get; init; }
    public required IReadOnlyList<CountryRowView> Others { get; init; }
}

public sealed record CountryPageView : PageView
{
    public required string Code { get; init; }
    public required IReadOnlyList<CityCardView> Cities { get; init; }
    public required IReadOnlyList<RecommendationGroupView> Mechanisms { get; init; }
    public required int RecommendationCount { get; init; }

    /// <summary>The full list of the country's recommendations, when a group shows only part of its own.</summary>
    public string? AllRecommendations { get; init; }
    public required int WithCityAction { get; init; }

    /// <summary>The State's dashboard of local action, when at least one city acts on a recommendation to it.</summary>
    public string? LocalAction { get; init; }

    /// <summary>The (recommendation, commitment) pairs the dashboard lists.</summary>
    public int LocalActions { get; init; }
}

public sealed record ElementView
{
    public required int Number { get; init; }
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public required IReadOnlyList<StatusCountView> ByStatus { get; init; }
    public required IReadOnlyList<LinkView> CitiesInPlace { get; init; }
    public required int Commitments { get; init; }
}

public sealed record PillarView(string Name, string Anchor, IReadOnlyList<ElementView> Elements);

public sealed record FrameworkPageView : PageView
{
    public required IReadOnlyList<PillarView> Pillars { get; init; }
    public required int CityCount { get; init; }
    public required CoverageView Coverage { get; init; }
}

/// <summary>A headline figure; <see cref="Key"/> names it for styling and tests, whatever order the home page lists it in.</summary>
public sealed record HeadlineView(string Key, string Label, string Value, string? Url);

public sealed record UpdateView(string Date, string Title, string Url, string? Summary);

public sealed record HomePageView : PageView
{
    public required IReadOnlyList<HeadlineView> Headlines { get; init; }
    public required IReadOnlyList<VerdictCountView> ByVerdict { get; init; }
    public required IReadOnlyList<CityCardView> Cities { get; init; }
    public required IReadOnlyList<UpdateView> Updates { get; init; }
}

public sealed record NewsIndexView : PageView
{
    public required IReadOnlyList<UpdateView> Items { get; init; }
}
