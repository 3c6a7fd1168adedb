namespace Portal.Domain.Reporting.Annex;

/// <summary>
/// A recommendation as the annex cites it ("A/HRC/44/7, para. 150.141"), its text as the mechanism wrote it
/// (with the recommending State for the UPR), and one entry per city acting on it.
/// </summary>
public sealed record AnnexRecommendation(string Id, string Citation, string Anchor, string Text, IReadOnlyList<AnnexEntry> Entries);
