using Portal.Domain.Model;

namespace Portal.Feeds;

/// <summary>An Atom feed (RFC 4287) as written: what it is, where it and its page are, who writes it, and its entries newest first.</summary>
internal sealed record AtomFeed(
    string Id,
    string Title,
    string? Subtitle,
    PartialDate Updated,
    string SelfUrl,
    string PageUrl,
    string Author,
    IReadOnlyList<AtomEntry> Entries);
