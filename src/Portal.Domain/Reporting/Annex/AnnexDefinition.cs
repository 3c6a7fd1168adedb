namespace Portal.Domain.Reporting.Annex;

/// <summary>A term and what it means, such as a verdict and its rule.</summary>
public sealed record AnnexDefinition(string Term, string Definition);
