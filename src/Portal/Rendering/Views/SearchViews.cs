namespace Portal.Rendering.Views;

/// <summary>A name and value the search index records for a page: a filter to narrow by, or metadata to show.</summary>
public sealed record SearchField(string Name, string Value);

/// <summary>How a page enters the search index: its content is indexed, with these filters and metadata.</summary>
public sealed record SearchEntryView(IReadOnlyList<SearchField> Filters, IReadOnlyList<SearchField> Meta);

public sealed record SearchPageView : PageView
{
    /// <summary>Where the search index lives, under the base path.</summary>
    public required string Bundle { get; init; }
    /// <summary>The browse pages, for visitors without JavaScript and as a way in for everyone.</summary>
    public required IReadOnlyList<ChoiceView> Browse { get; init; }
}
