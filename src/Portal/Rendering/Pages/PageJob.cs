using Portal.Rendering.Views;

namespace Portal.Rendering.Pages;

/// <summary>
/// One page to write: its address, the layout that renders it, how to build its view, and what it shows,
/// which tells a rebuild whether an edit reaches it. Like the view, what it shows is worked out only when
/// asked: a build that will not be rebuilt in place never asks, and saves the memory.
/// </summary>
internal sealed record PageJob(string Path, string Layout, Func<PageView> View)
{
    public Func<PageDependencies> Shows { get; init; } = () => PageDependencies.Everything;

    /// <summary>Whether the page lists the data files with their sizes, so that it is rendered after they are written.</summary>
    public bool ListsFiles { get; init; }
}
