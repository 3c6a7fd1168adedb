namespace Portal.Domain.Reporting.Annex;

/// <summary>
/// One city's action on a recommendation: <see cref="Lead"/> ("Valdeserra:") then <see cref="Body"/> (the
/// commitment, its verdict, the latest progress with its date), and the source as a footnote.
/// <see cref="VerdictWord"/> is the verdict's data spelling ("on-track"), for styling only.
/// </summary>
public sealed record AnnexEntry(string CommitmentId, string Lead, string Body, string VerdictWord, string Footnote);
