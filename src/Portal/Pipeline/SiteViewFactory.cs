using Portal.Rendering;
using Portal.Rendering.Theme;
using Portal.Rendering.Views;

namespace Portal.Pipeline;

/// <summary>The <c>site</c> object every template sees: the portal's name, navigation, dates and settings.</summary>
internal static class SiteViewFactory
{
    public static SiteView Create(ViewFactory views, SiteSettings settings, DateOnly asOf)
    {
        var strings = views.Strings;
        var urls = views.Urls;
        return new SiteView
        {
            Title = settings.TitleOrDefault(strings),
            Description = settings.DescriptionOrDefault(strings),
            Language = settings.Language,
            AsOf = Format.Date(asOf),
            LastUpdated = views.Model.LastUpdated?.ToString(),
            DemoBanner = settings.DemoBanner,
            Publisher = settings.Publisher,
            DataLicence = settings.DataLicence,
            Home = urls.Path(SitePaths.Home),
            Stylesheet = urls.Path("/assets/portal.css"),
            Navigation =
            [
                views.Crumb("nav.cities", SitePaths.Cities),
                views.Crumb("nav.commitments", SitePaths.Commitments),
                views.Crumb("nav.recommendations", SitePaths.Recommendations),
                views.Crumb("nav.countries", SitePaths.Countries),
                views.Crumb("nav.framework", SitePaths.Framework),
                views.Crumb("nav.news", SitePaths.News),
                views.Crumb("nav.data", OpenData.DataPaths.Page),
                views.Crumb("nav.search", SitePaths.Search),
                .. views.Model.Pages.Select(p => new LinkView(p.Title, urls.Path(SitePaths.Page(p.Slug)))),
            ],
        };
    }
}
