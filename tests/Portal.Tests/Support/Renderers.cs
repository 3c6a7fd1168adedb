using Portal.Domain.Diagnostics;
using Portal.Rendering.Templates;
using Portal.Rendering.Theme;
using Portal.Rendering.Views;

namespace Portal.Tests.Support;

/// <summary>Template renderers over a theme folder, with a site nobody reads.</summary>
internal static class Renderers
{
    public static TemplateRenderer Of(string themeFolder) =>
        new(ThemeFolder.Load(themeFolder, "en", new DiagnosticBag()), new UrlBuilder("/"), Site);

    private static SiteView Site => new()
    {
        Title = "Site",
        Description = "A site",
        Language = "en",
        AsOf = "2026-01-01",
        DemoBanner = false,
        Navigation = [],
        Home = "/",
        Stylesheet = "/assets/portal.css",
    };
}
