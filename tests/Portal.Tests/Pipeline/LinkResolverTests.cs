using Portal.Pipeline;

namespace Portal.Tests.Pipeline;

/// <summary>Links resolve as a browser resolves them on the deployed site: against the page's address, under the base path.</summary>
public sealed class LinkResolverTests
{
    [Theory]
    [InlineData("/", "/links/", "relative-missing/", "/links/relative-missing/", null)]
    [InlineData("/", "/links/", "../../../../missing/", "/missing/", null)]
    [InlineData("/", "/links/", "./x", "/links/x", null)]
    [InlineData("/", "/links/", "x.html", "/links/x.html", null)]
    [InlineData("/", "/404.html", "x/", "/x/", null)]
    [InlineData("/", "/links/", "%20/nonexistent/", "/links/ /nonexistent/", null)]
    [InlineData("/", "/links/", " /about/ ", "/about/", null)]
    [InlineData("/", "/links/", "\t/ab\nout/\r\n", "/about/", null)]
    [InlineData("/", "/links/", "/about/index.html", "/about/", null)]
    [InlineData("/", "/links/", "..", "/", null)]
    [InlineData("/", "/links/", "#top", "/links/", "top")]
    [InlineData("/", "/links/", "/about/?q=1#team%20list", "/about/", "team list")]
    [InlineData("/", "/cities/s\u00e3o-paulo/", "../", "/cities/", null)]
    [InlineData("/", "/links/", "/cities/s%C3%A3o-paulo/", "/cities/s\u00e3o-paulo/", null)]
    [InlineData("/", "/links/", "https:about/", "/links/about/", null)]
    [InlineData("/portal/", "/links/", "/portal/about/", "/about/", null)]
    [InlineData("/portal/", "/links/", "/portal", "/", null)]
    [InlineData("/portal/", "/links/", "relative-missing/", "/links/relative-missing/", null)]
    [InlineData("/portal/", "/a/b/", "../../about/", "/about/", null)]
    public void Should_Resolve_A_Link_To_The_Site_Path_A_Browser_Would_Reach(string basePath, string page, string href, string path, string? fragment)
    {
        var resolver = new LinkResolver(basePath);

        var resolved = resolver.Resolve(resolver.PageUrl(page), href);

        Assert.Equal(new LinkTarget(path, fragment), resolved.Target);
        Assert.Null(resolved.Problem);
    }

    [Theory]
    [InlineData("/about/", "/about/ is outside the base path /portal/; links must be under the base path")]
    [InlineData("../../../../missing/", "/missing/ is outside the base path /portal/; links must be under the base path")]
    [InlineData("/portalx/", "/portalx/ is outside the base path /portal/; links must be under the base path")]
    public void Should_Refuse_A_Link_Outside_The_Base_Path(string href, string problem)
    {
        var resolver = new LinkResolver("/portal/");

        var resolved = resolver.Resolve(resolver.PageUrl("/links/"), href);

        Assert.Equal(LinkResolution.Broken(problem), resolved);
    }

    [Theory]
    [InlineData("https://example.org/about/")]
    [InlineData("//example.org/about/")]
    [InlineData("http://site.invalid/portal/about/")]
    [InlineData("mailto:team@example.org")]
    [InlineData("tel:+34000000")]
    [InlineData("https://[::1/unclosed")]
    [InlineData("a:")]
    public void Should_Leave_Alone_A_Link_To_Another_Scheme_Or_Host(string href)
    {
        var resolver = new LinkResolver("/portal/");

        Assert.Equal(LinkResolution.LeavesTheSite, resolver.Resolve(resolver.PageUrl("/links/"), href));
    }

    [Fact]
    public void Should_Refuse_A_Link_On_The_Site_That_Cannot_Be_Read_As_A_Url()
    {
        var resolver = new LinkResolver("/");

        // Browsers read backslashes as slashes: this is //[::1/, a host that does not parse.
        Assert.Equal(LinkResolution.Broken("cannot be read as a URL"), resolver.Resolve(resolver.PageUrl("/links/"), "\\\\[::1/"));
    }

    [Theory]
    [InlineData("/about/", "Site")]
    [InlineData(" /about/", "Site")]
    [InlineData("//example.org/", "Site")]
    [InlineData("https://example.org/", "Site")]
    [InlineData("mailto:team@example.org", "Site")]
    [InlineData("https:about/", "Folder")]
    [InlineData("about/", "Folder")]
    [InlineData("../about/", "Folder")]
    [InlineData("%20/about/", "Folder")]
    [InlineData("#top", "Page")]
    [InlineData("?page=2", "Page")]
    [InlineData("", "Page")]
    [InlineData("&#47;about/", "Page")]
    public void Should_Resolve_A_Link_Once_For_All_The_Pages_Where_It_Means_The_Same(string href, string scope)
    {
        Assert.Equal(scope, LinkResolver.ScopeOf(href).ToString());
    }
}
