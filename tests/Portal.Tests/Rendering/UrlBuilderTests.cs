using Portal.Rendering.Templates;

namespace Portal.Tests.Rendering;

public sealed class UrlBuilderTests
{
    [Theory]
    [InlineData("/", "/cities/x/", "/cities/x/", "/cities/x/")]
    [InlineData("/portal", "/cities/x/", "/portal/cities/x/", "/portal/cities/x/")]
    [InlineData("portal/", "/", "/portal/", "/portal/")]
    [InlineData("https://rights.example.org/", "/cities/x/", "/cities/x/", "https://rights.example.org/cities/x/")]
    [InlineData("https://rights.example.org/portal/", "/404.html", "/portal/404.html", "https://rights.example.org/portal/404.html")]
    public void Should_Put_Links_Under_The_Base_Path_And_Canonical_Urls_Under_The_Whole_Base_Url(
        string baseUrl, string sitePath, string link, string canonical)
    {
        var urls = new UrlBuilder(baseUrl);

        Assert.Equal(link, urls.Path(sitePath));
        Assert.Equal(canonical, urls.Canonical(sitePath));
    }
}
