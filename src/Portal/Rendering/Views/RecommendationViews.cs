namespace Portal.Rendering.Views;

public sealed record RecommendationItemView : ISharedView
{
    public required string Id { get; init; }
    /// <summary>What the recommendation is called wherever it is named; the id stays its identifier.</summary>
    public required string Title { get; init; }
    /// <summary>The id as its permanent address writes it, safe for an HTML id.</summary>
    public required string Slug { get; init; }
    public required string Url { get; init; }
    public required string Text { get; init; }
    public required string Mechanism { get; init; }
    public string? Symbol { get; init; }
    public string? Paragraph { get; init; }
    public TermView? Response { get; init; }
    public required LinkView Country { get; init; }
    public string? Date { get; init; }
    public IReadOnlyList<string> Themes { get; init; } = [];
    public IReadOnlyList<string> Sdgs { get; init; } = [];
    public required int CityCount { get; init; }
}

public sealed record UptakeView(LinkView City, CommitmentItemView Commitment);

public sealed record RecommendationPageView : PageView
{
    public required RecommendationItemView Recommendation { get; init; }
    public string? RecommendingState { get; init; }
    public int? Cycle { get; init; }
    public string? Session { get; init; }
    public IReadOnlyList<string> AffectedPersons { get; init; } = [];
    public string? SourceUrl { get; init; }
    public required IReadOnlyList<UptakeView> Uptake { get; init; }
    public required ProvenanceView Provenance { get; init; }
}

/// <summary>A group of recommendations; it may show only the first of them, so it carries how many it holds in all.</summary>
public sealed record RecommendationGroupView(string Title, string Anchor, IReadOnlyList<RecommendationItemView> Recommendations, int Total);
