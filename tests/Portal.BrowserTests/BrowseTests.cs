using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using Portal.Domain.Model;

namespace Portal.BrowserTests;

/// <summary>The paginated lists, without JavaScript: every record is reachable, and counts add up.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class BrowseTests(SampleSite site)
{
    private static readonly PageSettings NoScript = new() { JavaScriptEnabled = false };

    [Fact]
    public async Task Should_Reach_Every_Recommendation_By_Following_The_Pages_Of_The_Full_List()
    {
        var model = site.LoadModel();
        var page = await site.OpenAsync("/recommendations/", NoScript);

        var seen = await CollectAsync(page, "[data-recommendation] h3 a");

        Assert.Equal(model.Recommendations.Select(r => r.Id).Order(), seen.Order());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_Reach_Every_Commitment_Of_A_Status_Through_Its_Pages()
    {
        var model = site.LoadModel();
        var page = await site.OpenAsync("/commitments/status/in-progress/", NoScript);

        var seen = await CollectAsync(page, "[data-commitment] h3 a");

        var expected = model.Commitments.Where(c => model.Evaluation[c.Id].Status == CommitmentStatus.InProgress).Select(c => c.Title);
        Assert.Equal(expected.Order(), seen.Order());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_Count_On_A_Facet_Index_As_Many_Records_As_Each_Value_Lists()
    {
        var page = await site.OpenAsync("/recommendations/mechanism/", NoScript);
        var rows = await page.Locator("[data-facet-value]").AllAsync();
        var failures = new List<string>();
        foreach (var (href, count) in await Task.WhenAll(rows.Select(async row => (
            await row.Locator("a").GetAttributeAsync("href"),
            int.Parse(await row.Locator("[data-count]").InnerTextAsync())))))
        {
            var valuePage = await site.OpenAsync(href!, NoScript);
            var total = int.Parse(await valuePage.Locator("[data-listing-total]").GetAttributeAsync("data-listing-total") ?? "-1");
            if (total != count)
            {
                failures.Add($"{href}: index says {count}, the list says {total}");
            }

            await valuePage.Context.CloseAsync();
        }

        Assert.NotEmpty(rows);
        Assert.Empty(failures);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/recommendations/mechanism/")]
    [InlineData("/recommendations/theme/")]
    [InlineData("/recommendations/country/")]
    [InlineData("/recommendations/sdg/")]
    [InlineData("/recommendations/response/")]
    [InlineData("/commitments/status/")]
    [InlineData("/commitments/theme/")]
    [InlineData("/commitments/city/")]
    public async Task Should_Offer_Every_Browse_Page_With_Its_Values(string path)
    {
        var page = await site.NewPageAsync(NoScript);
        var response = await page.GotoAsync(path);

        Assert.Equal(200, response!.Status);
        Assert.True(await page.Locator("[data-facet-value]").CountAsync() > 0);
        await page.Context.CloseAsync();
    }

    /// <summary>Reads every page of a list by following "next" until there is none.</summary>
    private static async Task<List<string>> CollectAsync(IPage page, string selector)
    {
        var seen = new List<string>();
        while (true)
        {
            seen.AddRange((await page.Locator(selector).AllInnerTextsAsync()).Select(t => t.Trim()));
            var next = page.Locator("[data-next-page]");
            if (await next.CountAsync() == 0)
            {
                return seen;
            }

            await page.GotoAsync(await next.GetAttributeAsync("href") ?? throw new InvalidOperationException("a next link without an address"));
        }
    }
}
