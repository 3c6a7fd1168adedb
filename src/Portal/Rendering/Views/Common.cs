using Portal.Rendering.Templates;

namespace Portal.Rendering.Views;

// Small views shared by many pages. Templates read them in snake_case: LinkView.Title is link.title.

public sealed record LinkView(string Title, string Url);

/// <summary>A value of a closed vocabulary: its data word (for CSS classes and anchors) and its UI label.</summary>
public sealed record TermView(string Key, string Label);

public sealed record StatusCountView(string Key, string Label, int Count, int Percent);

/// <summary>
/// Where a record comes from: its row, by the file's name in the data folder and the line, the address of that
/// file's published copy, and the record's evidence.
/// </summary>
public sealed record ProvenanceView(string File, int Line, string FileUrl, string? Source);

public sealed record SiteView
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Language { get; init; }
    public required string AsOf { get; init; }
    public string? LastUpdated { get; init; }
    public required bool DemoBanner { get; init; }
    public string? Publisher { get; init; }
    public string? DataLicence { get; init; }
    public required IReadOnlyList<LinkView> Navigation { get; init; }
    public required string Home { get; init; }
    public required string Stylesheet { get; init; }
    /// <summary>The policy every page's meta element carries; see <see cref="PageSecurityPolicy"/>.</summary>
    public string ContentSecurityPolicy => PageSecurityPolicy.ContentSecurityPolicy;
}

/// <summary>What every page has; each page type adds its own members.</summary>
public abstract record PageView
{
    public required string Title { get; init; }
    public string? Description { get; init; }
    /// <summary>The page's site path, such as /cities/x/.</summary>
    public required string Path { get; init; }
    public required string Canonical { get; init; }
    /// <summary>The layout's name, also the body's CSS class.</summary>
    public required string Kind { get; init; }
    /// <summary>When the data this page shows was last updated, if known.</summary>
    public string? LastUpdated { get; init; }
    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];
    /// <summary>The page's own, last crumb, when shorter than its title ("Cycle 4" for "Spain: UPR cycle 4 — local action").</summary>
    public string? Crumb { get; init; }
    /// <summary>The Atom feed of what the page is about, beside the site's own, if it has one.</summary>
    public LinkView? Feed { get; init; }
    /// <summary>Set on pages the search indexes; null keeps a page (a list, say) out of the index.</summary>
    public SearchEntryView? Search { get; init; }
}

public sealed record BasicPageView : PageView
{
    public RawHtml Body { get; init; } = RawHtml.Empty;
    public string? Date { get; init; }
}

/// <summary>How many commitments have one verdict; the URL of its needs-attention page, if it has one.</summary>
public sealed record VerdictCountView(string Key, string Label, int Count, string? Url);
