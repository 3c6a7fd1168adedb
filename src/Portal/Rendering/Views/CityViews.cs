using Portal.Rendering.Templates;

namespace Portal.Rendering.Views;

public sealed record CityCardView : ISharedView
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Url { get; init; }
    public required LinkView Country { get; init; }
    public string? Level { get; init; }
    public string? Summary { get; init; }
    public required int Total { get; init; }
    public required int Achieved { get; init; }
    public required int ShareAchieved { get; init; }
    public required int Overdue { get; init; }
    public required int Stale { get; init; }
    public required int ElementsInPlace { get; init; }
    public required int ElementsTotal { get; init; }
    public required IReadOnlyList<StatusCountView> ByStatus { get; init; }
    public required IReadOnlyList<VerdictCountView> ByVerdict { get; init; }
    public required RawHtml ProgressBar { get; init; }
    public required RawHtml StatusChart { get; init; }
    public string? LastUpdated { get; init; }
}

/// <summary>A city's commitments under one theme; <c>Anchor</c> is the section's id, for the page's contents list.</summary>
public sealed record ThemeGroupView(string Anchor, string Label, IReadOnlyList<CommitmentItemView> Commitments);

public sealed record AssessmentRowView(int Number, LinkView Element, string Pillar, TermView? Status, RawHtml Mark, string? Note, string? Source, string? Date);

public sealed record CityPageView : PageView
{
    public required CityCardView City { get; init; }
    public string? Population { get; init; }
    public string? Website { get; init; }
    public string? Declared { get; init; }
    public IReadOnlyList<string> Networks { get; init; } = [];
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public RawHtml Narrative { get; init; } = RawHtml.Empty;
    public required IReadOnlyList<ThemeGroupView> ThemeGroups { get; init; }
    public required IReadOnlyList<AssessmentRowView> Assessments { get; init; }
    /// <summary>The city's one row of the framework coverage matrix.</summary>
    public required CoverageView Coverage { get; init; }
    public required IReadOnlyList<RecommendationItemView> Recommendations { get; init; }
    public required IReadOnlyList<LinkView> News { get; init; }
    public required ProvenanceView Provenance { get; init; }
}

public sealed record CityIndexView : PageView
{
    public required IReadOnlyList<CityCardView> Cities { get; init; }
}
