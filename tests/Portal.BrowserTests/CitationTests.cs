using System.Text.Json;
using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests;

/// <summary>Pages a journalist can cite and share: citations, social meta tags and schema.org data.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class CitationTests(SampleSite site)
{
    [Fact]
    public async Task Should_Offer_A_Plain_Text_Citation_With_The_As_Of_Date_Path_And_Date_Of_Access_But_Never_The_Address_It_Was_Opened_At()
    {
        var model = site.LoadModel();
        var asOf = SampleSite.AsOf.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var paths = new[]
        {
            $"/cities/{model.Cities[0].Id}/",
            $"/commitments/{model.Commitments[0].Id}/",
            $"/recommendations/{model.RecommendationSlug[model.Recommendations[0].Id]}/",
        };
        foreach (var path in paths)
        {
            var page = await site.OpenAsync(path);
            var citation = (await page.Locator("[data-citation]").InnerTextAsync()).Trim();
            var title = (await page.Locator("h1").InnerTextAsync()).Trim();

            Assert.Contains(asOf, citation, StringComparison.Ordinal);
            Assert.Contains(title, citation, StringComparison.Ordinal);
            Assert.Contains(" " + path + " ", citation, StringComparison.Ordinal);
            Assert.DoesNotContain(site.BaseAddress, citation, StringComparison.Ordinal);
            Assert.DoesNotContain("127.0.0.1", citation, StringComparison.Ordinal);
            Assert.Matches(@"Accessed \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\.$", citation);
            Assert.Equal("cite-heading", await page.Locator("#cite h2").GetAttributeAsync("id"));
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Should_Keep_The_Citation_With_Its_Path_And_Ask_For_The_Date_Of_Access_When_JavaScript_Is_Off()
    {
        var city = site.LoadModel().Cities[0];
        var page = await site.OpenAsync($"/cities/{city.Id}/", new PageSettings { JavaScriptEnabled = false });

        var citation = (await page.Locator("[data-citation]").InnerTextAsync()).Trim();
        Assert.Contains($" /cities/{city.Id}/ ", citation, StringComparison.Ordinal);
        Assert.EndsWith("Accessed [add the date you read this page].", citation, StringComparison.Ordinal);
        Assert.False(await page.Locator("[data-copy-target]").IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_Offer_BibTeX_And_RIS_Downloads_That_Open_On_Each_Record_Page()
    {
        var model = site.LoadModel();
        foreach (var path in new[] { $"/cities/{model.Cities[0].Id}/", $"/commitments/{model.Commitments[0].Id}/" })
        {
            var page = await site.OpenAsync(path);
            foreach (var (kind, start) in new[] { ("bibtex", "@misc{"), ("ris", "TY  - ELEC") })
            {
                var href = await page.Locator($"[data-citation-file='{kind}']").GetAttributeAsync("href");
                var response = await page.Context.APIRequest.GetAsync(site.BaseAddress.TrimEnd('/') + href);
                Assert.True(response.Ok, $"{href}: {response.Status}");
                Assert.StartsWith(start, await response.TextAsync(), StringComparison.Ordinal);
            }

            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Should_Copy_The_Citation_With_Its_Button()
    {
        var city = site.LoadModel().Cities[0];
        var page = await site.NewPageAsync();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.GotoAsync($"/cities/{city.Id}/");

        await page.Locator("[data-copy-target='citation']").ClickAsync();
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");

        Assert.Equal((await page.Locator("[data-citation]").InnerTextAsync()).Trim(), copied);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_Carry_Open_Graph_And_Twitter_Card_Meta_Tags_On_Every_Page_Type()
    {
        var failures = new Failures();
        await site.VisitEveryPageTypeAsync(async (page, type) =>
        {
            var canonical = await page.Locator("link[rel=canonical]").GetAttributeAsync("href");
            failures.Check(await MetaAsync(page, "property", "og:url") == canonical, $"{type}: og:url is not the canonical URL");
            foreach (var property in new[] { "og:title", "og:description", "og:type", "og:site_name" })
            {
                failures.Check(await MetaAsync(page, "property", property) is { Length: > 0 }, $"{type}: no {property}");
            }

            foreach (var name in new[] { "twitter:card", "twitter:title", "twitter:description" })
            {
                failures.Check(await MetaAsync(page, "name", name) is { Length: > 0 }, $"{type}: no {name}");
            }
        });

        failures.AssertNone("missing meta tags");
    }

    [Fact]
    public async Task Should_Describe_The_Portals_Data_As_A_Schema_Org_Dataset_On_The_Home_Page()
    {
        var page = await site.OpenAsync("/");
        using var data = await JsonLdAsync(page);

        Assert.Equal("https://schema.org", data.RootElement.GetProperty("@context").GetString());
        Assert.Equal("Dataset", data.RootElement.GetProperty("@type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(data.RootElement.GetProperty("name").GetString()));
        Assert.Equal(await page.Locator("link[rel=canonical]").GetAttributeAsync("href"), data.RootElement.GetProperty("url").GetString());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_Describe_A_City_As_A_Schema_Org_Government_Organization_On_Its_Page()
    {
        var city = site.LoadModel().Cities[0];
        var page = await site.OpenAsync($"/cities/{city.Id}/");
        using var data = await JsonLdAsync(page);

        Assert.Equal("GovernmentOrganization", data.RootElement.GetProperty("@type").GetString());
        Assert.Equal(city.Name, data.RootElement.GetProperty("name").GetString());
        Assert.Equal(await page.Locator("link[rel=canonical]").GetAttributeAsync("href"), data.RootElement.GetProperty("mainEntityOfPage").GetString());
        await page.Context.CloseAsync();
    }

    private static Task<string?> MetaAsync(IPage page, string attribute, string name) =>
        page.Locator($"meta[{attribute}='{name}']").GetAttributeAsync("content");

    private static async Task<JsonDocument> JsonLdAsync(IPage page)
    {
        var scripts = page.Locator("script[type='application/ld+json']");
        Assert.Equal(1, await scripts.CountAsync());
        return JsonDocument.Parse(await scripts.TextContentAsync() ?? string.Empty);
    }
}
