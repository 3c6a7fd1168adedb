using Portal.Domain.Changes;

namespace Portal.Rendering.Pages;

/// <summary>
/// What a page (or a file beside the pages) shows, so that a rebuild can tell whether an edit reaches it: the records it shows, by
/// <see cref="RecordKey"/>, and its shape, the part of it that no single record decides, such as which
/// items fill a list page and the counts beside them. A page with no record list may show anything.
/// </summary>
internal sealed record PageDependencies(IReadOnlySet<string>? Records, string Shape = "")
{
    /// <summary>A page of totals or of every record, such as the home page: any change reaches it.</summary>
    public static PageDependencies Everything { get; } = new(Records: null);

    /// <summary>A page of content and theme only, which data edits never reach.</summary>
    public static PageDependencies Nothing { get; } = new(new HashSet<string>());

    public static PageDependencies On(IEnumerable<string> records, string shape = "") => new(records.ToHashSet(StringComparer.Ordinal), shape);

    /// <summary>Whether a file beside the pages must be written again: files have no shape, only records.</summary>
    public bool IsReachedBy(ModelChanges changes) => IsReachedBy(changes, before: this);

    /// <summary>Whether a page must be rendered again, given what it showed at the last build and what changed.</summary>
    public bool IsReachedBy(ModelChanges changes, PageDependencies? before) =>
        changes.ReachesEveryPage
        || Records is null
        || before is null
        || !string.Equals(before.Shape, Shape, StringComparison.Ordinal)
        || Records.Overlaps(changes.Records);
}
