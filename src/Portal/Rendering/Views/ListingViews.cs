namespace Portal.Rendering.Views;

/// <summary>A link among siblings: a facet, a facet value, or a page number, with a count where it has one.</summary>
public sealed record ChoiceView(string Label, string Url, int? Count, bool Current);

public sealed record PaginationView(int Count, string? Previous, string? Next, IReadOnlyList<PageSlotView> Pages);

/// <summary>One page of a list: the full list, or the records under one facet value.</summary>
public sealed record ListingView : PageView
{
    public required int Total { get; init; }
    public required int First { get; init; }
    public required int Last { get; init; }
    public required IReadOnlyList<object> Items { get; init; }
    /// <summary>The partial that lists <see cref="Items"/>.</summary>
    public required string ListPartial { get; init; }
    public required PaginationView Pagination { get; init; }
    /// <summary>The ways to browse this list, the current one marked.</summary>
    public required IReadOnlyList<ChoiceView> Facets { get; init; }
    /// <summary>The other values of the current facet, with their counts; empty on the full list. Listed after the records.</summary>
    public required IReadOnlyList<ChoiceView> Values { get; init; }

    /// <summary>The index of the current facet's values, linked beside <see cref="Values"/>; null on the full list.</summary>
    public string? FacetIndex { get; init; }

    /// <summary>The current facet as a sentence names it ("country"); null on the full list.</summary>
    public string? FacetName { get; init; }
}

/// <summary>Every value of one facet, with how many records each holds.</summary>
public sealed record FacetIndexView : PageView
{
    public required int Total { get; init; }
    public required IReadOnlyList<ChoiceView> Facets { get; init; }
    public required IReadOnlyList<ChoiceView> Values { get; init; }
}
