using Portal.Domain.Model;

namespace Portal.Feeds;

/// <summary>One entry of an Atom feed: a progress report or a news item.</summary>
internal sealed record AtomEntry(string Id, string Title, PartialDate Updated, string Url, string Author, string? Summary);
