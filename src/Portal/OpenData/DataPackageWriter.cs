using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Domain.Model;
using Portal.Publishing;

namespace Portal.OpenData;

/// <summary>
/// Writes datapackage.json, a Frictionless Data Package (https://specs.frictionlessdata.io/data-package/): each CSV
/// as a tabular data resource with its Table Schema, each JSON file as a data resource, and the licence.
/// </summary>
internal static class DataPackageWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default, Indented = true, NewLine = "\n" };

    public static void Write(IReadOnlyList<DataDownload> downloads, PublishingContext context, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        Package(downloads, context).WriteTo(json);
    }

    public static JsonObject Package(IReadOnlyList<DataDownload> downloads, PublishingContext context)
    {
        var text = new DownloadText(context.Strings);
        var title = context.SiteTitle;
        var package = new JsonObject
        {
            ["profile"] = "data-package",
            ["name"] = Slug.FromText(title),
            ["title"] = title,
            ["description"] = context.SiteDescription,
        };
        var homepage = context.Urls.Canonical(DataPaths.Page);
        if (Uri.IsWellFormedUriString(homepage, UriKind.Absolute))
        {
            package["homepage"] = homepage;
        }

        if (PackageLicence.Of(context.Settings.DataLicence) is { } licence)
        {
            package["licenses"] = new JsonArray(licence);
        }

        if (context.Settings.Publisher is { } publisher)
        {
            package["contributors"] = new JsonArray(new JsonObject { ["title"] = publisher, ["role"] = "publisher" });
        }

        package["resources"] = new JsonArray([.. downloads.Select(d => (JsonNode)Resource(d, text))]);
        return package;
    }

    private static JsonObject Resource(DataDownload download, DownloadText text)
    {
        var isCsv = download.Format == DownloadFormat.Csv;
        var resource = new JsonObject
        {
            ["profile"] = isCsv ? "tabular-data-resource" : "data-resource",
            ["name"] = download.Name,
            ["path"] = DataPaths.Relative(download.Path),
            ["title"] = text.Title(download),
            ["description"] = text.Description(download),
            ["format"] = isCsv ? "csv" : "json",
            ["mediatype"] = isCsv ? "text/csv" : "application/json",
            ["encoding"] = "utf-8",
        };
        if (isCsv)
        {
            resource["dialect"] = new JsonObject { ["delimiter"] = ",", ["lineTerminator"] = "\n", ["quoteChar"] = "\"", ["doubleQuote"] = true, ["header"] = true };
            resource["schema"] = TableSchema.Of(download.Table, text);
        }

        return resource;
    }
}
