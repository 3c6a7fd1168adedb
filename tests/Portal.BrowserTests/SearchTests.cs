using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests;

/// <summary>/search/ over the Pagefind index of the sample site.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed partial class SearchTests(SampleSite site)
{
    [Fact]
    public async Task Should_Find_A_Commitment_By_A_Word_Of_Its_Title()
    {
        var model = site.LoadModel();
        var commitment = model.Commitments.First(c => c.Title.Contains("sanitation", StringComparison.OrdinalIgnoreCase));
        var page = await site.OpenAsync("/search/");

        await SearchAsync(page, "sanitation");

        var titles = await page.Locator("[data-result] h3 a").AllInnerTextsAsync();
        Assert.Contains(commitment.Title, titles);
        Assert.All(await page.Locator("[data-result]").AllInnerTextsAsync(), text => Assert.Contains("sanitation", text, StringComparison.OrdinalIgnoreCase));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_Show_Each_Results_Type_And_A_Commitments_Status_Badge()
    {
        var page = await site.OpenAsync("/search/");

        await SearchAsync(page, "housing");

        var first = page.Locator("[data-result]").First;
        Assert.False(string.IsNullOrWhiteSpace(await first.Locator(".result-type").InnerTextAsync()));
        Assert.True(await page.Locator("[data-result] .status-badge").CountAsync() > 0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_Narrow_The_Results_To_The_Count_A_Filter_Shows()
    {
        var page = await site.OpenAsync("/search/");
        await SearchAsync(page, "water");
        var before = await ResultCountAsync(page);
        var filter = page.Locator("[data-filter='type'] label", new() { HasText = "Recommendation" });
        var promised = int.Parse(CountInParentheses().Match(await filter.Locator("[data-count]").InnerTextAsync()).Groups[1].Value);

        await filter.Locator("input").CheckAsync();
        await page.WaitForFunctionAsync("n => document.querySelectorAll('[data-result]').length === Math.min(n, 20)", promised);

        Assert.True(promised < before, $"the filter should narrow {before} results, it promised {promised}");
        Assert.Equal(promised, await ResultCountAsync(page));
        Assert.All(await page.Locator("[data-result] .result-type").AllTextContentsAsync(), type => Assert.Equal("Recommendation", type.Trim()));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_Point_To_The_Browse_Pages_When_JavaScript_Is_Off()
    {
        var page = await site.OpenAsync("/search/", new PageSettings { JavaScriptEnabled = false });

        Assert.False(await page.Locator("[data-search]").IsVisibleAsync());
        Assert.True(await page.Locator("[data-search-fallback]").IsVisibleAsync());
        Assert.Equal(8, await page.Locator(".browse-list a").CountAsync());
        await page.Context.CloseAsync();
    }

    private static async Task SearchAsync(IPage page, string term)
    {
        await page.Locator("#search-input").FillAsync(term);
        await page.Locator("[data-result]").First.WaitForAsync();
    }

    private static async Task<int> ResultCountAsync(IPage page)
    {
        var text = await page.Locator("[data-search-count]").InnerTextAsync();
        return int.Parse(FirstNumber().Match(text).Value);
    }

    [GeneratedRegex(@"\((\d+)\)")]
    private static partial Regex CountInParentheses();

    [GeneratedRegex(@"\d+")]
    private static partial Regex FirstNumber();
}
