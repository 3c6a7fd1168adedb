using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Rendering.StructuredData;

namespace Portal.Tests.Rendering;

public sealed class StructuredDataTests
{
    [Fact]
    public void Should_Write_Json_Ld_That_No_Value_Can_Break_Out_Of_Its_Script_Element()
    {
        var html = JsonLdScript.Of(JsonLd.Root("Dataset").With("name", "</script><script>alert('x & y')</script>")).Html;
        var json = html["<script type=\"application/ld+json\">".Length..^"</script>".Length];

        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.DoesNotContain(">", json, StringComparison.Ordinal);
        Assert.DoesNotContain("&", json, StringComparison.Ordinal);
        Assert.Equal("</script><script>alert('x & y')</script>", JsonDocument.Parse(json).RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public void Should_Leave_Out_Properties_Without_A_Value()
    {
        var data = JsonLd.Root("GovernmentOrganization").With("name", "Alpha").With("description", null).With("url", " ");

        Assert.Equal(["@context", "@type", "name"], data.Select(p => p.Key));
    }

    [Fact]
    public void Should_Declare_The_Schema_Org_Context_And_Type()
    {
        var data = JsonLd.Root("Dataset");

        Assert.Equal("https://schema.org", (string?)data["@context"]);
        Assert.Equal("Dataset", (string?)data["@type"]);
        Assert.Null(JsonLd.Thing("Place")["@context"]);
        Assert.IsType<JsonObject>(JsonLd.Thing("Place"));
    }
}
