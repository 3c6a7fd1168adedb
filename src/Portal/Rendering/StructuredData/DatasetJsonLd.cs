using System.Text.Json.Nodes;
using Portal.Rendering.Views;

namespace Portal.Rendering.StructuredData;

/// <summary>The portal's data as a schema.org Dataset: what it measures, where, by whom, under which licence.</summary>
internal static class DatasetJsonLd
{
    public static JsonObject For(HomePageView page, SiteView site) => JsonLd.Root("Dataset")
        .With("name", site.Title)
        .With("description", site.Description)
        .With("url", page.Canonical)
        .With("inLanguage", site.Language)
        .With("dateModified", site.LastUpdated)
        .With("license", site.DataLicence)
        .With("isAccessibleForFree", true)
        .With("creator", Publisher(site))
        .With("publisher", Publisher(site))
        .With("variableMeasured", new JsonArray([.. page.Headlines.Select(h => (JsonNode)h.Label)]))
        .With("spatialCoverage", new JsonArray([.. page.Cities
            .Select(c => c.Country.Title)
            .Distinct(StringComparer.Ordinal)
            .Select(country => (JsonNode)JsonLd.Thing("Country").With("name", country))]));

    private static JsonObject? Publisher(SiteView site) =>
        site.Publisher is { } name ? JsonLd.Thing("Organization").With("name", name) : null;
}
