namespace Portal.Importing.Mapping;

/// <summary>
/// One recommendation as an export describes it, already mapped onto the columns of recommendations.csv:
/// an ISO 3166-1 alpha-3 country, a contract response word, ISO dates, SDG codes.
/// </summary>
public sealed record ImportedRecommendation
{
    /// <summary>The stable id: the same recommendation gets the same id from every export of it.</summary>
    public required string Id { get; init; }

    public required string Text { get; init; }

    public required string Country { get; init; }

    public required string Mechanism { get; init; }

    /// <summary>The body as the export names it where the mechanism code does not say it all: a special procedure's mandate.</summary>
    public string? Body { get; init; }

    public string? Symbol { get; init; }

    public string? Paragraph { get; init; }

    public int? Cycle { get; init; }

    public string? Session { get; init; }

    /// <summary>An ISO 8601 date (2020, 2020-01 or 2020-01-24).</summary>
    public string? Date { get; init; }

    public string? RecommendingState { get; init; }

    /// <summary>A word of the contract's response vocabulary: supported, supported-in-part, noted or pending.</summary>
    public string? Response { get; init; }

    public IReadOnlyList<string> Themes { get; init; } = [];

    public IReadOnlyList<string> Sdgs { get; init; } = [];

    public IReadOnlyList<string> AffectedPersons { get; init; } = [];

    public string? Url { get; init; }
}
