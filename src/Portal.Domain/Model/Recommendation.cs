using Portal.Domain.Diagnostics;

namespace Portal.Domain.Model;

/// <summary>A recommendation a UN human-rights mechanism made to a State.</summary>
public sealed record Recommendation
{
    /// <summary>The id as the export spells it; any text. <see cref="Slug"/> is its URL form.</summary>
    public required string Id { get; init; }
    public required string Text { get; init; }
    /// <summary>The title the data owner wrote, if any; otherwise <see cref="Titles.RecommendationTitle"/> makes one from the data.</summary>
    public string? Title { get; init; }
    /// <summary>ISO 3166-1 alpha-3 code of the State under review.</summary>
    public required string Country { get; init; }
    public required string Mechanism { get; init; }
    /// <summary>The body's own name where the mechanism code does not say it all, e.g. a special procedure's mandate.</summary>
    public string? Body { get; init; }
    public string? Symbol { get; init; }
    public string? Paragraph { get; init; }
    public int? Cycle { get; init; }
    public string? Session { get; init; }
    public PartialDate? Date { get; init; }
    public string? RecommendingState { get; init; }
    public RecommendationResponse? Response { get; init; }
    public IReadOnlyList<string> Themes { get; init; } = [];
    public IReadOnlyList<string> Sdgs { get; init; } = [];
    public IReadOnlyList<string> AffectedPersons { get; init; } = [];
    public string? Url { get; init; }
    public required SourceLocation Row { get; init; }
}
