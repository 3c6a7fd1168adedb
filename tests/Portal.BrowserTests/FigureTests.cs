using System.Globalization;
using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using Portal.Domain.Model;

namespace Portal.BrowserTests;

/// <summary>The figures pages show are the figures of the data.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class FigureTests(SampleSite site)
{
    [Fact]
    public async Task Should_Show_On_The_Home_Page_As_Many_Cities_Commitments_And_Recommendations_As_The_Files_Hold()
    {
        var rows = site.Report.Files.ToDictionary(f => Path.GetFileName(f.Path), f => f.RowsRead);
        var page = await site.OpenAsync("/");

        Assert.Equal(rows["cities.csv"], await FigureAsync(page.Locator("main"), "cities"));
        Assert.Equal(rows["commitments.csv"], await FigureAsync(page.Locator("main"), "commitments"));
        Assert.Equal(rows["recommendations.csv"], await FigureAsync(page.Locator("main"), "recommendations"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_Show_On_Each_City_Page_The_Summary_The_Methodology_Computes()
    {
        var model = site.LoadModel();
        foreach (var city in model.Cities)
        {
            var summary = model.CitySummary[city.Id];
            var page = await site.OpenAsync($"/cities/{city.Id}/");
            var figures = page.Locator("[data-city-figures]");

            Assert.Equal(summary.Total, await FigureAsync(figures, "total"));
            Assert.Equal(summary.Achieved, await FigureAsync(figures, "achieved"));
            Assert.Equal((int)Math.Round(summary.ShareAchieved, MidpointRounding.AwayFromZero), await FigureAsync(figures, "share-achieved"));
            Assert.Equal(summary.ElementsInPlace, await FigureAsync(figures, "elements-in-place"));
            Assert.Equal(summary.ElementsTotal, await FigureAsync(figures, "elements-total"));
            Assert.Equal(summary.Total, await page.Locator("main [data-commitment]").CountAsync());
            foreach (var count in summary.ByVerdict)
            {
                var shown = await page.Locator($"[data-verdict-summary] [data-verdict-count='{Vocabularies.Verdict.WordOf(count.Verdict)}']").InnerTextAsync();
                Assert.Equal(count.Count, int.Parse(shown, NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
            }
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Should_Show_Each_Commitment_On_Its_City_Page_With_Its_Status_And_Verdict()
    {
        var model = site.LoadModel();
        foreach (var city in model.Cities)
        {
            var page = await site.OpenAsync($"/cities/{city.Id}/");
            foreach (var commitment in model.CommitmentsByCity[city.Id])
            {
                var evaluation = model.Evaluation[commitment.Id];
                var item = page.Locator($"main [data-commitment='{commitment.Id}']");
                Assert.Equal(1, await item.CountAsync());
                Assert.Equal(Vocabularies.CommitmentStatus.WordOf(evaluation.Status), await item.GetAttributeAsync("data-status"));
                Assert.Equal(Vocabularies.Verdict.WordOf(evaluation.Verdict), await item.GetAttributeAsync("data-verdict"));
            }

            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Should_Show_On_Each_Commitment_Page_Its_Status_Percent_And_Band()
    {
        var model = site.LoadModel();
        foreach (var commitment in model.Commitments)
        {
            var evaluation = model.Evaluation[commitment.Id];
            var page = await site.OpenAsync($"/commitments/{commitment.Id}/");
            var main = page.Locator("main");

            Assert.Equal(
                Vocabularies.CommitmentStatus.WordOf(evaluation.Status),
                await main.Locator("[data-figure='status']").First.GetAttributeAsync("data-status"));
            if (evaluation.Indicator.Percent is { } percent)
            {
                Assert.Equal((int)Math.Round(percent, MidpointRounding.AwayFromZero), await FigureAsync(main, "percent"));
                Assert.Equal(
                    KebabCase(evaluation.Indicator.Band.ToString()),
                    await main.Locator("[data-figure='band']").First.GetAttributeAsync("data-band"));
            }

            Assert.Equal(evaluation.History.Count, await main.Locator("#history tbody tr").CountAsync());
            await page.Context.CloseAsync();
        }
    }

    private static async Task<int> FigureAsync(ILocator scope, string name)
    {
        var text = await scope.Locator($"[data-figure='{name}']").First.InnerTextAsync();
        return int.Parse(text.Trim(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
    }

    private static string KebabCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
