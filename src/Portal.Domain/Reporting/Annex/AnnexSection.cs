namespace Portal.Domain.Reporting.Annex;

/// <summary>One theme of the annex and the recommendations filed under it.</summary>
public sealed record AnnexSection(string Heading, string Anchor, IReadOnlyList<AnnexRecommendation> Recommendations);
