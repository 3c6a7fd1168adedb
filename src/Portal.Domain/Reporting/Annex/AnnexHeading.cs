namespace Portal.Domain.Reporting.Annex;

/// <summary>A heading as the table of contents lists it: its level (1 to 3), its text and its anchor.</summary>
public sealed record AnnexHeading(int Level, string Text, string Anchor);
