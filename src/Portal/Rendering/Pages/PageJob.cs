using Portal.Rendering.Views;

namespace Portal.Rendering.Pages;

/// <summary>One page to write: its address, the layout that renders it, and how to build its view.</summary>
internal sealed record PageJob(string Path, string Layout, Func<PageView> View);
