namespace Portal.Domain.Reporting.Annex;

/// <summary>A fixed part of the annex: a heading, its paragraphs and, in the method note, the verdicts' definitions.</summary>
public sealed record AnnexPart(string Heading, string Anchor, IReadOnlyList<string> Paragraphs)
{
    public IReadOnlyList<AnnexDefinition> Definitions { get; init; } = [];

    /// <summary>A paragraph after the definitions.</summary>
    public IReadOnlyList<string> After { get; init; } = [];
}
