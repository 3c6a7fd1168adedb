using Portal.Domain.Diagnostics;

namespace Portal.Domain.Model;

/// <summary>A Markdown document from the content folder, with its front matter.</summary>
public sealed record ContentPage
{
    public required ContentKind Kind { get; init; }
    /// <summary>The URL slug: the file name without extension.</summary>
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public int? Order { get; init; }
    public bool Draft { get; init; }
    public PartialDate? Date { get; init; }
    /// <summary>For news about one city, the city's id.</summary>
    public string? CityId { get; init; }
    /// <summary>Markdown, without the front matter.</summary>
    public required string Body { get; init; }
    /// <summary>Where the body starts in the file, so Markdown problems point at the right line.</summary>
    public required SourceLocation Origin { get; init; }
}
