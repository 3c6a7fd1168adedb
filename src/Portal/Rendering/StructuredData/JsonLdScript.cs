using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Rendering.Templates;

namespace Portal.Rendering.StructuredData;

/// <summary>
/// Writes schema.org data as a &lt;script type="application/ld+json"&gt; element. Browsers do not run it, so the
/// Content-Security-Policy allows it; the encoder writes &lt;, &gt;, &amp; and quotes as \u escapes, so no value
/// from the data can close the element or start markup.
/// </summary>
internal static class JsonLdScript
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    public static RawHtml Of(JsonObject data) =>
        new($"<script type=\"application/ld+json\">{data.ToJsonString(Options)}</script>");
}
