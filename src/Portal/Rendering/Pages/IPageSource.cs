using Portal.Rendering.Views;

namespace Portal.Rendering.Pages;

/// <summary>A page type: lists the pages of its kind. Views are built lazily, when the page is rendered.</summary>
internal interface IPageSource
{
    IEnumerable<PageJob> Pages(ViewFactory views);
}
