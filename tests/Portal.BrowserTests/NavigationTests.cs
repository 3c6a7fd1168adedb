using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests;

[Collection(SampleSiteCollection.Name)]
public sealed class NavigationTests(SampleSite site)
{
    [Fact]
    public async Task Should_Click_From_Home_To_A_City_To_A_Commitment_To_A_Recommendation()
    {
        var model = site.LoadModel();
        var commitment = model.Commitments.First(c => c.RecommendationIds.Count > 0);
        var city = model.CityById[commitment.CityId];
        var recommendation = model.RecommendationById[commitment.RecommendationIds[0]];
        var slug = model.RecommendationSlug[recommendation.Id];
        var page = await site.OpenAsync("/");

        await page.Locator($"[data-city='{city.Id}'] a[href='/cities/{city.Id}/']").First.ClickAsync();
        await page.WaitForURLAsync($"**/cities/{city.Id}/");
        Assert.Equal(city.Name, (await page.Locator("h1").InnerTextAsync()).Trim());

        await page.Locator($"[data-commitment='{commitment.Id}'] a[href='/commitments/{commitment.Id}/']").First.ClickAsync();
        await page.WaitForURLAsync($"**/commitments/{commitment.Id}/");
        Assert.Equal(commitment.Title, (await page.Locator("h1").InnerTextAsync()).Trim());

        await page.Locator($"main a[href='/recommendations/{slug}/']").First.ClickAsync();
        await page.WaitForURLAsync($"**/recommendations/{slug}/");
        Assert.DoesNotContain(recommendation.Id, await page.Locator("h1").InnerTextAsync());
        Assert.Contains(recommendation.Id, await page.Locator("main").InnerTextAsync());
        Assert.Contains(recommendation.Text, await page.Locator("main").InnerTextAsync());
        Assert.Equal(1, await page.Locator($"[data-commitment='{commitment.Id}']").CountAsync());
        await page.Context.CloseAsync();
    }
}
