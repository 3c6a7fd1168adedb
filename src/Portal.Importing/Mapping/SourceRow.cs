namespace Portal.Importing.Mapping;

/// <summary>
/// A row of an export after mapping: either a recommendation or the reason it was skipped.
/// <see cref="Fingerprint"/> holds the raw cells, so that exact duplicates can be told from rows that
/// only map to the same recommendation.
/// </summary>
public sealed record SourceRow(int Line, string Fingerprint)
{
    public ImportedRecommendation? Recommendation { get; init; }

    public SkipReason? Skip { get; init; }

    /// <summary>What the skip is about, e.g. the country name that could not be mapped.</summary>
    public string? Detail { get; init; }

    public static SourceRow Skipped(int line, string fingerprint, SkipReason reason, string? detail = null) =>
        new(line, fingerprint) { Skip = reason, Detail = detail };

    public static SourceRow Mapped(int line, string fingerprint, ImportedRecommendation recommendation) =>
        new(line, fingerprint) { Recommendation = recommendation };
}
