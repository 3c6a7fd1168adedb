using Portal.Rendering.Templates;
using Portal.Testing;
using Portal.Tests.Support;
using Scriban;

namespace Portal.Tests.Rendering;

public sealed class SharedPartialsTests
{
    private static readonly TemplateRenderer DefaultRenderer = Renderers.Of(RepositoryPaths.Theme);

    [Fact]
    public void Should_Share_A_Partial_That_Reads_Only_Its_Model_The_Site_And_Functions()
    {
        var shared = Shared(("card", """{{ x = model.title }}{{ for tag in model.tags }}{{ tag | string.upcase }}{{ for.index }}{{ end }}{{ t "k" }}{{ url "/" }}{{ site.title }}{{ json_ld }}{{ x }}"""));

        Assert.Contains("card", shared);
    }

    [Theory]
    [InlineData("{{ page.title }}")]
    [InlineData("{{ content }}")]
    [InlineData("{{ here }}")]
    [InlineData("{{ partial model.kind model }}")]
    [InlineData("{{ x }}{{ x = model.title }}")]
    [InlineData("{{ x += 1 }}")]
    [InlineData("{{ if model.title }}{{ x = model.title }}{{ end }}{{ x }}")]
    [InlineData("{{ for x in model.tags }}{{ end }}{{ x }}")]
    public void Should_Not_Share_A_Partial_That_Reads_What_The_Page_Sets(string template)
    {
        var shared = Shared(("card", template));

        Assert.DoesNotContain("card", shared);
    }

    [Fact]
    public void Should_Not_Share_A_Partial_That_Calls_One_That_Reads_The_Page()
    {
        var shared = Shared(
            ("card", """{{ partial "badge" model }}"""),
            ("badge", """{{ page.kind }}"""),
            ("plain", """{{ partial "card" model }}"""));

        Assert.Empty(shared);
    }

    [Fact]
    public void Should_Count_Every_Function_The_Renderer_Registers_As_The_Same_On_Every_Page()
    {
        Assert.Superset(new HashSet<string> { "model", "site", "t", "url", "partial", "json_ld", "string", "array", "for" }, new HashSet<string>(DefaultRenderer.PageIndependentGlobals));
        Assert.DoesNotContain("page", DefaultRenderer.PageIndependentGlobals);
        Assert.DoesNotContain("content", DefaultRenderer.PageIndependentGlobals);
    }

    [Fact]
    public void Should_Share_The_Item_Partials_Of_The_Default_Theme()
    {
        Assert.Superset(new HashSet<string> { "recommendation-item", "commitment-item", "city-card", "status-badge", "verdict-badge" }, new HashSet<string>(DefaultRenderer.SharedPartialNames));
    }

    private static IReadOnlySet<string> Shared(params (string Name, string Text)[] partials) =>
        SharedPartials.Of(partials.ToDictionary(p => p.Name, p => Template.Parse(p.Text), StringComparer.Ordinal), DefaultRenderer.PageIndependentGlobals);
}
