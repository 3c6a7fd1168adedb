using System.Text.Json.Nodes;

namespace Portal.Rendering.StructuredData;

/// <summary>Small builders for schema.org objects: a typed root with its context, typed parts, and optional properties.</summary>
internal static class JsonLd
{
    public static JsonObject Root(string type) => new() { ["@context"] = "https://schema.org", ["@type"] = type };

    public static JsonObject Thing(string type) => new() { ["@type"] = type };

    /// <summary>Adds a property only when it has a value, so the data never claims an empty name or date.</summary>
    public static JsonObject With(this JsonObject data, string name, JsonNode? value)
    {
        if (value is not null && !(value is JsonValue v && v.TryGetValue<string>(out var text) && string.IsNullOrWhiteSpace(text)))
        {
            data[name] = value;
        }

        return data;
    }
}
