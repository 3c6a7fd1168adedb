using System.Text.Json.Nodes;

namespace Portal.OpenData;

/// <summary>
/// The site's data_licence setting as a Data Package licence, which must have a name (an identifier such as
/// CC-BY-4.0) or a path (the licence's URL). Free text that is neither cannot be stated there; the /data/ page
/// still shows it.
/// </summary>
internal static class PackageLicence
{
    public static JsonObject? Of(string? licence)
    {
        if (string.IsNullOrWhiteSpace(licence))
        {
            return null;
        }

        var text = licence.Trim();
        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            return new JsonObject { ["path"] = text, ["title"] = text };
        }

        return IsIdentifier(text) ? new JsonObject { ["name"] = text, ["title"] = text } : null;
    }

    /// <summary>The pattern the Data Package schema gives a licence name.</summary>
    private static bool IsIdentifier(string text) =>
        text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_');
}
