using Portal.Rendering.Templates;
using Portal.Testing;
using Scriban;

namespace Portal.Tests.Rendering;

public sealed class SharedPartialsTests
{
    [Fact]
    public void Should_Share_A_Partial_That_Reads_Only_Its_Model_The_Site_And_Functions()
    {
        var shared = SharedPartials.Of(Partials(("card", """{{ x = model.title }}{{ for tag in model.tags }}{{ tag | string.upcase }}{{ end }}{{ t "k" }}{{ url "/" }}{{ site.title }}{{ x }}""")));

        Assert.Contains("card", shared);
    }

    [Theory]
    [InlineData("{{ page.title }}")]
    [InlineData("{{ content }}")]
    [InlineData("{{ here }}")]
    [InlineData("{{ partial name model }}")]
    public void Should_Not_Share_A_Partial_That_Reads_What_The_Page_Sets(string template)
    {
        var shared = SharedPartials.Of(Partials(("card", template)));

        Assert.DoesNotContain("card", shared);
    }

    [Fact]
    public void Should_Not_Share_A_Partial_That_Calls_One_That_Reads_The_Page()
    {
        var shared = SharedPartials.Of(Partials(
            ("card", """{{ partial "badge" model }}"""),
            ("badge", """{{ page.kind }}"""),
            ("plain", """{{ partial "card" model }}""")));

        Assert.Empty(shared);
    }

    [Fact]
    public void Should_Share_The_Item_Partials_Of_The_Default_Theme()
    {
        var theme = Portal.Rendering.Theme.ThemeFolder.Load(RepositoryPaths.Theme, "en", new Portal.Domain.Diagnostics.DiagnosticBag());

        Assert.Superset(new HashSet<string> { "recommendation-item", "commitment-item", "city-card", "status-badge", "flags" }, new HashSet<string>(theme.SharedPartials));
    }

    private static Dictionary<string, Template> Partials(params (string Name, string Text)[] partials) =>
        partials.ToDictionary(p => p.Name, p => Template.Parse(p.Text), StringComparer.Ordinal);
}
