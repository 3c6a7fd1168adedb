namespace Portal.Citations;

/// <summary>
/// One record as a reference manager takes it: a city, commitment or recommendation page of the portal.
/// <see cref="Url"/> is null when the site has no configured address: a citation never guesses one.
/// </summary>
internal sealed record CitationRecord
{
    /// <summary>A key for BibTeX, unique on the site: the kind and the record's identifier.</summary>
    public required string Key { get; init; }

    public required string Title { get; init; }

    /// <summary>The organisation that publishes the portal, the author of every record.</summary>
    public required string Author { get; init; }

    /// <summary>The portal's name, the "website" the record is part of.</summary>
    public required string Website { get; init; }

    public required int Year { get; init; }

    public string? Url { get; init; }

    /// <summary>The as-of date of the figures, and the page's path when there is no address.</summary>
    public required string Note { get; init; }
}
