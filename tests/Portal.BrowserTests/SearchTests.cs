using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using Portal.Domain.Model;

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
    public async Task Should_Show_Each_Results_Type_And_A_Commitments_Verdict_Badge()
    {
        var model = site.LoadModel();
        var page = await site.OpenAsync("/search/");

        await SearchAsync(page, "housing");

        var failures = new Failures();
        var types = new List<string>();
        foreach (var result in await page.Locator("[data-result]").AllAsync())
        {
            var title = (await result.Locator("h3").TextContentAsync() ?? string.Empty).Trim();
            var type = (await result.Locator(".result-type").TextContentAsync() ?? string.Empty).Trim();
            var href = await result.Locator("h3 a").GetAttributeAsync("href") ?? string.Empty;
            var badges = await result.Locator(".verdict-badge").AllAsync();
            types.Add(type);
            failures.Check(type.Length > 0, $"'{title}' shows no type");
            if (type != "Commitment")
            {
                failures.Check(badges.Count == 0, $"'{title}', a {type}, shows a verdict badge");
                continue;
            }
            var commitment = model.Commitments.Single(c => href.EndsWith($"/commitments/{c.Id}/", StringComparison.Ordinal));
            var expected = "verdict-" + Vocabularies.Verdict.WordOf(model.Evaluation[commitment.Id].Verdict);
            var classes = badges.Count == 1 ? await badges[0].GetAttributeAsync("class") ?? string.Empty : string.Empty;
            failures.Check(classes.Split(' ').Contains(expected), $"'{title}' shows [{classes}], not its verdict {expected}");
            failures.Check(await result.Locator(".status-badge").CountAsync() == 0, $"'{title}' shows its declared status as a badge");
        }

        Assert.Contains("Commitment", types);
        Assert.Contains(types, type => type != "Commitment");
        failures.AssertNone("results with a wrong type or verdict badge");
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
        Assert.True(promised > 0, "the filter promises no result to narrow to");
        Assert.True(promised < before, $"the filter should narrow {before} results, it promised {promised}");

        await filter.Locator("input").CheckAsync();
        await WaitForAllResultsAsync(page, promised);

        Assert.Equal(promised, await ResultCountAsync(page));
        Assert.Equal(promised, await page.Locator("[data-result]").CountAsync());
        Assert.All(await page.Locator("[data-result] .result-type").AllTextContentsAsync(), type => Assert.Equal("Recommendation", type.Trim()));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_Show_The_Same_Results_With_The_Filter_Still_Checked_When_A_Filtered_Search_Is_Reloaded_From_Its_Address()
    {
        var page = await site.OpenAsync("/search/");
        await SearchAsync(page, "water");
        var filter = page.Locator("[data-filter='type'] label", new() { HasText = "Recommendation" });
        var promised = int.Parse(CountInParentheses().Match(await filter.Locator("[data-count]").InnerTextAsync()).Groups[1].Value);
        await filter.Locator("input").CheckAsync();
        await WaitForAllResultsAsync(page, promised);
        var results = await ResultUrlsAsync(page);
        var address = new Uri(page.Url);
        Assert.Contains("q=water", address.Query, StringComparison.Ordinal);
        Assert.Contains("type=Recommendation", address.Query, StringComparison.Ordinal);

        var reloaded = await site.OpenAsync(address.PathAndQuery);
        await WaitForAllResultsAsync(reloaded, promised);

        Assert.Equal(results, await ResultUrlsAsync(reloaded));
        Assert.Equal("water", await reloaded.Locator("#search-input").InputValueAsync());
        Assert.True(await reloaded.Locator("[data-filter='type'] input[value='Recommendation']").IsCheckedAsync());
        await page.Context.CloseAsync();
        await reloaded.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_Go_Back_To_The_Unfiltered_Search_When_Back_Is_Pressed_After_Ticking_A_Filter()
    {
        var page = await site.OpenAsync("/search/?q=water");
        await page.Locator("[data-result]").First.WaitForAsync();
        var before = await ResultCountAsync(page);
        await page.Locator("[data-filter='type'] input[value='Recommendation']").CheckAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("type=Recommendation"));

        await page.GoBackAsync();

        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("type="));
        await WaitForAllResultsAsync(page, before);
        Assert.False(await page.Locator("[data-filter='type'] input[value='Recommendation']").IsCheckedAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_Index_A_Commitment_Page_With_Every_Label_Apart_From_Its_Value()
    {
        var commitment = site.LoadModel().Commitments.First(c => c.Department is { Length: > 0 });
        var path = $"/commitments/{commitment.Id}/";
        var record = await site.OpenAsync(path);
        var labels = (await record.Locator("main dt").AllInnerTextsAsync()).Select(l => l.Trim()).Where(l => l.Length > 0).Distinct().ToList();
        var page = await site.OpenAsync("/search/");
        await page.Locator("[data-search]").WaitForAsync();
        var bundle = await page.Locator("[data-search]").GetAttributeAsync("data-bundle");

        var content = await page.EvaluateAsync<string?>(
            """
            async ([bundle, path]) => {
              const pagefind = await import(bundle + "pagefind.js");
              const search = await pagefind.search(null, { filters: { type: { any: ["Commitment"] } } });
              for (const result of search.results) {
                const data = await result.data();
                if (data.url.endsWith(path)) return data.content;
              }
              return null;
            }
            """,
            new[] { bundle, path });

        Assert.NotNull(content);
        Assert.Contains(commitment.Department!, content, StringComparison.Ordinal);
        Assert.NotEmpty(labels);
        Assert.All(labels, label => Assert.DoesNotMatch(Regex.Escape(label) + @"[\p{L}\p{N}]", content));
        await record.Context.CloseAsync();
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

    /// <summary>
    /// Waits for a new search to show <paramref name="total"/> results, then shows them all. The count is written
    /// when the list is emptied, and a page of results is added in one go after it, so once the count reads the
    /// new total and a result is listed, no result of the previous search is left.
    /// </summary>
    private static async Task WaitForAllResultsAsync(IPage page, int total)
    {
        await Assertions.Expect(page.Locator("[data-search-count]")).ToHaveTextAsync(new Regex($@"(^|\D){total}(\D|$)"), new() { Timeout = 20_000 });
        await page.Locator("[data-result]").First.WaitForAsync();
        var more = page.Locator("[data-search-more]");
        while (await more.IsVisibleAsync())
        {
            var shown = await page.Locator("[data-result]").CountAsync();
            await more.ClickAsync();
            await Assertions.Expect(page.Locator("[data-result]")).Not.ToHaveCountAsync(shown, new() { Timeout = 20_000 });
        }
    }

    private static async Task<List<string?>> ResultUrlsAsync(IPage page)
    {
        var urls = new List<string?>();
        foreach (var link in await page.Locator("[data-result] h3 a").AllAsync())
        {
            urls.Add(await link.GetAttributeAsync("href"));
        }

        return urls;
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
