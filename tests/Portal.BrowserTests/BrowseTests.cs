using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using Portal.Domain.Model;

namespace Portal.BrowserTests;

/// <summary>The paginated lists, without JavaScript: every record is reachable, and counts add up.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class BrowseTests(SampleSite site)
{
    /// <summary>A card is titled by the recommendation's title; its identifier is the card's data-recommendation.</summary>
    private const string ListedRecommendation = "[data-recommendation]";
    private const string ListedCommitment = "[data-commitment] h3 a";
    private static readonly PageSettings NoScript = new() { JavaScriptEnabled = false };

    public static TheoryData<string> FacetIndexes =>
    [
        "/recommendations/mechanism/",
        "/recommendations/theme/",
        "/recommendations/country/",
        "/recommendations/sdg/",
        "/recommendations/response/",
        "/commitments/status/",
        "/commitments/theme/",
        "/commitments/city/",
    ];

    [Fact]
    public async Task Should_Reach_Every_Recommendation_By_Following_The_Pages_Of_The_Full_List()
    {
        var model = site.LoadModel();
        var page = await site.OpenAsync("/recommendations/", NoScript);

        var (seen, pages) = await CollectAsync(page, ListedRecommendation);

        Assert.True(pages.Count > 1, $"the sample's recommendations fill only {pages.Count} page, so no next link was followed");
        Assert.Equal(model.Recommendations.Select(r => r.Id).Order(), seen.Order());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_List_On_A_Status_Page_Every_Commitment_Of_That_Status()
    {
        var model = site.LoadModel();
        var page = await site.OpenAsync("/commitments/status/in-progress/", NoScript);

        var (seen, _) = await CollectAsync(page, ListedCommitment);

        var expected = model.Commitments.Where(c => model.Evaluation[c.Id].Status == CommitmentStatus.InProgress).Select(c => c.Title);
        Assert.Equal(expected.Order(), seen.Order());
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(FacetIndexes))]
    public async Task Should_Count_On_A_Facet_Index_As_Many_Records_As_Each_Value_Lists(string path)
    {
        var item = path.StartsWith("/recommendations/", StringComparison.Ordinal) ? ListedRecommendation : ListedCommitment;
        var values = await ReadFacetIndexAsync(path);
        var failures = new Failures();
        var page = await site.NewPageAsync(NoScript);
        foreach (var value in values)
        {
            await page.GotoAsync(value.Href);
            var (listed, _) = await CollectAsync(page, item);
            failures.Check(listed.Count == value.Count, $"{value.Href}: the index counts {value.Count}, the pages list {listed.Count}");
            failures.Check(listed.Distinct().Count() == listed.Count, $"{value.Href}: a record is listed twice");
        }

        await page.Context.CloseAsync();
        Assert.NotEmpty(values);
        failures.AssertNone("values whose pages list another number of records than the index counts");
    }

    [Fact]
    public async Task Should_List_On_Each_Mechanism_Page_The_Recommendations_Of_That_Mechanism_As_The_Index_Counts()
    {
        var model = site.LoadModel();
        var values = await ReadFacetIndexAsync("/recommendations/mechanism/");
        var failures = new Failures();
        var page = await site.NewPageAsync(NoScript);
        foreach (var value in values)
        {
            await page.GotoAsync(value.Href);
            var (listed, _) = await CollectAsync(page, ListedRecommendation);
            var expected = model.Recommendations.Where(r => value.Href.EndsWith(MechanismPath(r.Mechanism), StringComparison.Ordinal)).Select(r => r.Id).Order().ToList();
            failures.Check(listed.Order().SequenceEqual(expected), $"{value.Href}: lists [{string.Join(", ", listed)}], the data has [{string.Join(", ", expected)}]");
            failures.Check(expected.Count == value.Count, $"{value.Href}: the index counts {value.Count}, the data has {expected.Count}");
        }

        await page.Context.CloseAsync();
        Assert.Equal(model.Recommendations.Select(r => MechanismPath(r.Mechanism)).Distinct().Order(), values.Select(v => v.Href).Order());
        failures.AssertNone("mechanisms whose pages or counts differ from the data");
    }

    [Theory]
    [MemberData(nameof(FacetIndexes))]
    public async Task Should_Offer_Every_Browse_Page_With_Its_Values(string path)
    {
        var page = await site.NewPageAsync(NoScript);
        var response = await page.GotoAsync(path);

        Assert.Equal(200, response!.Status);
        Assert.True(await page.Locator("[data-facet-value]").CountAsync() > 0);
        await page.Context.CloseAsync();
    }

    /// <summary>A mechanism's page, addressed by its code: the label spells the mechanism out ("Universal Periodic Review").</summary>
    private static string MechanismPath(string mechanism) => $"/recommendations/mechanism/{Slug.FromText(mechanism)}/";

    [Fact]
    public async Task Should_Spell_Out_The_Mechanisms_On_The_Mechanism_Index()
    {
        var values = await ReadFacetIndexAsync("/recommendations/mechanism/");

        Assert.Contains(values, v => v.Label == "Universal Periodic Review" && v.Href == MechanismPath("UPR"));
        Assert.DoesNotContain(values, v => v.Label == "UPR");
    }

    /// <summary>Each value of a facet index as it reads there: its label, its address and the count beside it.</summary>
    private async Task<List<(string Label, string Href, int Count)>> ReadFacetIndexAsync(string path)
    {
        var page = await site.OpenAsync(path, NoScript);
        var values = new List<(string Label, string Href, int Count)>();
        foreach (var row in await page.Locator("[data-facet-value]").AllAsync())
        {
            var link = row.Locator("a");
            var href = await link.GetAttributeAsync("href") ?? throw new InvalidOperationException($"{path}: a value without an address");
            values.Add(((await link.InnerTextAsync()).Trim(), href, int.Parse(await row.Locator("[data-count]").InnerTextAsync())));
        }

        await page.Context.CloseAsync();
        return values;
    }

    /// <summary>
    /// Reads every page of a list by following "next" until there is none; returns the items and the pages read.
    /// A next link back to a page already read fails, rather than going round for ever.
    /// </summary>
    private static async Task<(List<string> Items, List<string> Pages)> CollectAsync(IPage page, string selector)
    {
        var seen = new List<string>();
        var pages = new List<string> { new Uri(page.Url).AbsolutePath };
        while (true)
        {
            seen.AddRange(await page.Locator(selector).EvaluateAllAsync<string[]>(
                "items => items.map(item => (item.dataset.recommendation ?? item.innerText).trim())"));
            var next = page.Locator("[data-next-page]");
            if (await next.CountAsync() == 0)
            {
                return (seen, pages);
            }

            var from = pages[^1];
            await page.GotoAsync(await next.GetAttributeAsync("href") ?? throw new InvalidOperationException($"{from}: a next link without an address"));
            var reached = new Uri(page.Url).AbsolutePath;
            Assert.False(pages.Contains(reached), $"{from} links to {reached} as its next page, which was already read: [{string.Join(", ", pages)}]");
            pages.Add(reached);
        }
    }
}
