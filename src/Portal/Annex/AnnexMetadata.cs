namespace Portal.Annex;

/// <summary>
/// What a writer needs besides the document: the site's language (a tag such as "en"), the as-of date (the
/// document's date, and its fixed timestamps), who publishes it, and the screen-reader name of the footnotes.
/// <paramref name="StyleSheet"/> is the address of the HTML's style sheet on the site, whose Content-Security-Policy
/// header allows no inline style; null puts the style in the file, for a file that stands alone.
/// </summary>
internal sealed record AnnexMetadata(string Language, DateOnly AsOf, string Publisher, string FootnotesLabel, string? StyleSheet = null);
