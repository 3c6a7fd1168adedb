namespace Portal.Annex;

/// <summary>
/// What a writer needs besides the document: the site's language (a tag such as "en"), the as-of date (the
/// document's date, and its fixed timestamps), who publishes it, and the screen-reader name of the footnotes.
/// </summary>
internal sealed record AnnexMetadata(string Language, DateOnly AsOf, string Publisher, string FootnotesLabel);
