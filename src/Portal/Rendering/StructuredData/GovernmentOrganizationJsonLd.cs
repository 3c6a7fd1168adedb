using System.Text.Json.Nodes;
using Portal.Rendering.Views;

namespace Portal.Rendering.StructuredData;

/// <summary>A city as a schema.org GovernmentOrganization: its name, country, place, website and networks.</summary>
internal static class GovernmentOrganizationJsonLd
{
    public static JsonObject For(CityPageView page) => JsonLd.Root("GovernmentOrganization")
        .With("name", page.City.Name)
        .With("description", page.City.Summary)
        .With("url", page.Website ?? page.Canonical)
        .With("mainEntityOfPage", page.Canonical)
        .With("address", JsonLd.Thing("PostalAddress").With("addressCountry", page.City.Country.Title))
        .With("areaServed", Place(page))
        .With("memberOf", page.Networks.Count == 0 ? null : new JsonArray([.. page.Networks
            .Select(network => (JsonNode)JsonLd.Thing("Organization").With("name", network))]));

    private static JsonObject Place(CityPageView page)
    {
        var place = JsonLd.Thing("Place").With("name", page.City.Name);
        if (page is { Latitude: { } latitude, Longitude: { } longitude })
        {
            place.With("geo", JsonLd.Thing("GeoCoordinates").With("latitude", latitude).With("longitude", longitude));
        }

        return place;
    }
}
