using Portal.Rendering.Templates;
using Portal.Rendering.Views;

namespace Portal.Rendering.StructuredData;

/// <summary>
/// The schema.org JSON-LD of a page, for base.html's head: a Dataset on the home page, a GovernmentOrganization
/// on a city's page, nothing on the others.
/// </summary>
internal static class StructuredDataWriter
{
    public static RawHtml For(object page, SiteView site) => page switch
    {
        HomePageView home => JsonLdScript.Of(DatasetJsonLd.For(home, site)),
        CityPageView city => JsonLdScript.Of(GovernmentOrganizationJsonLd.For(city)),
        _ => RawHtml.Empty,
    };
}
