using Portal.BrowserTests.Infrastructure;
using Portal.Domain.Model;

namespace Portal.BrowserTests;

/// <summary>The progress visuals drawn at build time: each with a text alternative, a legend and its numbers beside it.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class ProgressVisualTests(SampleSite site)
{
    [Fact]
    public async Task Should_Give_Every_Chart_A_Text_Alternative_And_Hide_Decorative_Svg_On_Every_Page_Type()
    {
        var failures = new Failures();
        await site.VisitEveryPageTypeAsync(async (page, type) =>
        {
            var unnamed = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('svg')]
                  .filter(s => !(s.getAttribute('role') === 'img' && s.getAttribute('aria-label')?.trim()) && s.getAttribute('aria-hidden') !== 'true')
                  .map(s => s.outerHTML.slice(0, 80))
                """);
            failures.AddRange(unnamed.Select(svg => $"{type}: {svg}"));
        });

        failures.AssertNone("SVG images without a text alternative");
    }

    [Fact]
    public async Task Should_Show_A_Citys_Commitments_By_Status_As_A_Bar_With_A_Legend_Table_Of_The_Same_Counts()
    {
        var model = site.LoadModel();
        var city = model.Cities[0];
        var summary = model.CitySummary[city.Id];
        var page = await site.OpenAsync($"/cities/{city.Id}/");
        await page.Locator(".status-details > summary").ClickAsync();

        var segments = await page.Locator("svg.status-chart rect[class^='status-']").CountAsync();
        Assert.Equal(summary.ByStatus.Count(s => s.Count > 0), segments);
        foreach (var (status, count) in summary.ByStatus)
        {
            var word = Vocabularies.CommitmentStatus.WordOf(status);
            var row = page.Locator(".status-table tbody tr").Filter(new() { Has = page.Locator($".swatch-{word}") });
            Assert.Equal(count.ToString(System.Globalization.CultureInfo.InvariantCulture), (await row.Locator("td").First.InnerTextAsync()).Trim());
        }

        Assert.Contains(city.Name, await page.Locator("svg.status-chart").GetAttributeAsync("aria-label"), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_Draw_A_Commitments_Indicator_With_Baseline_Target_Values_Pace_And_On_Track_Band_Beside_Its_Table()
    {
        var model = site.LoadModel();
        var commitment = SamplePaths.CommitmentWithIndicatorValues(model);
        var values = model.Evaluation[commitment.Id].History.Count(r => r.Value is not null);
        var page = await site.OpenAsync($"/commitments/{commitment.Id}/");
        var chart = page.Locator("svg.indicator-chart");

        Assert.Equal(1, await chart.Locator("circle.baseline").CountAsync());
        Assert.Equal(1, await chart.Locator("polygon.target").CountAsync());
        Assert.Equal(values, await chart.Locator("circle.value").CountAsync());
        Assert.Equal(1, await chart.Locator("polyline.pace").CountAsync());
        Assert.Equal(1, await chart.Locator("polygon.on-track-band").CountAsync());
        Assert.Equal(5, await page.Locator(".indicator-figure .chart-legend li").CountAsync());
        Assert.Contains("95%", await page.Locator(".indicator-figure .chart-legend").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(values + 2, await page.Locator(".values-table tbody tr").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_Draw_Framework_Coverage_As_A_Matrix_Of_Cities_Against_Elements_On_The_Framework_Page()
    {
        var model = site.LoadModel();
        var elements = model.Pillars.Sum(p => p.Elements.Count);
        var page = await site.OpenAsync("/framework/");

        Assert.Equal(model.Cities.Count, await page.Locator(".coverage-table tbody tr").CountAsync());
        foreach (var city in model.Cities)
        {
            var strip = page.Locator($".coverage-table tr[data-city='{city.Id}'] svg.coverage-strip");
            Assert.Equal(elements, await strip.Locator("g.mark").CountAsync());
            Assert.Equal(model.CitySummary[city.Id].ElementsInPlace, await strip.Locator("g.mark-in-place").CountAsync());
        }

        Assert.Equal(elements, await page.Locator(".coverage-words tbody tr").CountAsync());
        Assert.Equal(model.Cities.Count + 1, await page.Locator(".coverage-words thead th").CountAsync());
        Assert.Equal(5, await page.Locator(".coverage .mark-legend li").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_Draw_A_Citys_Own_Row_Of_Framework_Coverage_On_Its_Page()
    {
        var model = site.LoadModel();
        var elements = model.Pillars.Sum(p => p.Elements.Count);
        foreach (var city in model.Cities)
        {
            var page = await site.OpenAsync($"/cities/{city.Id}/");

            Assert.Equal(1, await page.Locator(".coverage-table tbody tr").CountAsync());
            Assert.Equal(elements, await page.Locator("svg.coverage-strip g.mark").CountAsync());
            Assert.Equal(model.CitySummary[city.Id].ElementsInPlace, await page.Locator("svg.coverage-strip g.mark-in-place").CountAsync());
            Assert.Equal(elements, await page.Locator(".assessment-table tbody tr").CountAsync());
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Should_Draw_A_Progress_Bar_For_Each_Commitment_With_An_Indicator_In_Every_List()
    {
        var model = site.LoadModel();
        var measured = model.Commitments.Where(c => model.Evaluation[c.Id].Indicator.Percent is not null).Select(c => c.Id).ToHashSet();
        var recommendation = SamplePaths.RecommendationActedOn(model);
        var failures = new Failures();
        var lists = new[]
        {
            "/commitments/",
            $"/cities/{model.Cities[0].Id}/",
            $"/recommendations/{model.RecommendationSlug[recommendation.Id]}/",
        };
        foreach (var path in lists)
        {
            var page = await site.OpenAsync(path);
            foreach (var item in await page.Locator("main [data-commitment]").AllAsync())
            {
                var id = await item.GetAttributeAsync("data-commitment");
                var bars = await item.Locator("svg.progress-bar").CountAsync();
                failures.Check(bars == (measured.Contains(id!) ? 1 : 0), $"{path}: commitment {id} has {bars} progress bars");
            }

            await page.Context.CloseAsync();
        }

        failures.AssertNone("lists without their progress bars");
    }

    [Fact]
    public async Task Should_Show_Each_Status_By_Word_And_Glyph_Never_By_Colour_Alone_On_Every_Page_Type()
    {
        var failures = new Failures();
        await site.VisitEveryPageTypeAsync(async (page, type) =>
        {
            var bare = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('.status-badge, .verdict-badge')]
                  .filter(b => !b.querySelector('.status-glyph, .verdict-glyph')?.textContent.trim() || b.textContent.replace(b.querySelector('.status-glyph, .verdict-glyph')?.textContent ?? '', '').trim().length < 3)
                  .map(b => b.outerHTML.slice(0, 100))
                """);
            failures.AddRange(bare.Select(badge => $"{type}: {badge}"));
        });

        failures.AssertNone("status badges without a word and a glyph");
    }
}
