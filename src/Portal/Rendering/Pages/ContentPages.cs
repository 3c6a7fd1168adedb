using Portal.Domain.Model;
using Portal.Rendering.Views;

namespace Portal.Rendering.Pages;

/// <summary>The Markdown pages from the content folder, the news, and the 404 page.</summary>
internal sealed class ContentPages : IPageSource
{
    public IEnumerable<PageJob> Pages(ViewFactory views)
    {
        var home = views.Crumb("nav.home", SitePaths.Home);
        foreach (var page in views.Model.Pages)
        {
            var path = SitePaths.Page(page.Slug);
            yield return new PageJob(path, "page", () => Article(views, page, path, "page", [home])) { Shows = () => PageDependencies.Nothing };
        }

        yield return new PageJob(SitePaths.News, "news", () => NewsIndex(views)) { Shows = () => PageDependencies.Nothing };
        foreach (var item in views.Model.News)
        {
            var path = SitePaths.NewsItem(item.Slug);
            yield return new PageJob(path, "page", () => Article(views, item, path, "news-item", [home, views.Crumb("nav.news", SitePaths.News)]))
            {
                Shows = () => PageDependencies.Nothing,
            };
        }

        yield return new PageJob(SitePaths.NotFound, "not-found", () => new BasicPageView
        {
            Title = views.Strings["not-found.title"],
            Path = SitePaths.NotFound,
            Canonical = views.Urls.Canonical(SitePaths.NotFound),
            Kind = "not-found",
        }) { Shows = () => PageDependencies.Nothing };
    }

    private static BasicPageView Article(ViewFactory views, ContentPage page, string path, string kind, IReadOnlyList<LinkView> breadcrumbs) => new()
    {
        Title = page.Title,
        Description = page.Description,
        Path = path,
        Canonical = views.Urls.Canonical(path),
        Kind = kind,
        LastUpdated = page.Date?.ToString(),
        Breadcrumbs = breadcrumbs,
        Body = views.Markdown.Render(page.Body),
        Search = views.SearchEntry(page),
        Date = page.Date?.ToString(),
    };

    private static NewsIndexView NewsIndex(ViewFactory views) => new()
    {
        Title = views.Strings["news.title"],
        Description = views.Strings["news.description"],
        Path = SitePaths.News,
        Canonical = views.Urls.Canonical(SitePaths.News),
        Kind = "news",
        Breadcrumbs = [views.Crumb("nav.home", SitePaths.Home)],
        Items = [.. views.Model.News.Select(n => new UpdateView(
            n.Date?.ToString() ?? string.Empty, n.Title, views.Urls.Path(SitePaths.NewsItem(n.Slug)), n.Description))],
    };
}
