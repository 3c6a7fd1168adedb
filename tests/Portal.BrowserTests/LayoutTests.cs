using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests;

/// <summary>The layout from 320 px up, the dates on every page, dark mode and print.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class LayoutTests(SampleSite site)
{
    [Fact]
    public async Task Should_Not_Scroll_Horizontally_At_320_Px_On_Every_Page_Type()
    {
        var failures = new Failures();
        await site.VisitEveryPageTypeAsync(async (page, type) =>
        {
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            failures.Check(widths[0] <= widths[1], $"{type}: {widths[0]} px of content in a {widths[1]} px window");
        }, PageSettings.At(320));

        failures.AssertNone("pages that scroll sideways at 320 px");
    }

    [Fact]
    public async Task Should_Show_When_The_Data_Was_Last_Updated_And_The_As_Of_Date_On_Every_Page_Type()
    {
        var asOf = SampleSite.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        // The invariant culture's month names are the English of theme/i18n/en.yml: "30 June 2026".
        var asOfInWords = SampleSite.AsOf.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var failures = new Failures();
        await site.VisitEveryPageTypeAsync(async (page, type) =>
        {
            var dates = page.Locator("[data-page-dates]");
            failures.Check(await dates.IsVisibleAsync(), $"{type}: the dates are not visible");
            failures.Check((await dates.InnerTextAsync()).Contains(asOfInWords, StringComparison.Ordinal), $"{type}: no as-of date {asOfInWords}");
            failures.Check(await page.Locator($"[data-as-of] time[datetime='{asOf}']").CountAsync() == 1, $"{type}: no <time datetime=\"{asOf}\">");
            var updated = await page.Locator("[data-last-updated]").GetAttributeAsync("data-last-updated");
            failures.Check(updated is { Length: >= 4 }, $"{type}: no last-updated date");
        });

        failures.AssertNone("pages without their dates");
    }

    [Fact]
    public async Task Should_Follow_The_Systems_Dark_Colour_Scheme()
    {
        var light = await site.OpenAsync("/", new PageSettings { ColorScheme = ColorScheme.Light });
        var dark = await site.OpenAsync("/", new PageSettings { ColorScheme = ColorScheme.Dark });

        Assert.Equal("rgb(255, 255, 255)", await BackgroundAsync(light));
        Assert.NotEqual("rgb(255, 255, 255)", await BackgroundAsync(dark));
        Assert.True(await LightnessAsync(dark) < 0.2, "the dark scheme's background is not dark");
        await light.Context.CloseAsync();
        await dark.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_Print_A_City_Page_As_A_Report_Without_Navigation_And_With_Link_Targets_Written_Out()
    {
        var model = site.LoadModel();
        var city = model.Cities[0];
        var commitment = model.CommitmentsByCity[city.Id].First();
        var page = await site.OpenAsync($"/cities/{city.Id}/");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        foreach (var hidden in new[] { ".site-nav", ".breadcrumbs", "[data-contrast-toggle]", ".skip-link", ".footer-links" })
        {
            Assert.False(await page.Locator(hidden).First.IsVisibleAsync(), $"{hidden} is printed");
        }

        var after = await page.Locator($"[data-commitment='{commitment.Id}'] .item-title a").EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.Contains($"/commitments/{commitment.Id}/", after, StringComparison.Ordinal);
        Assert.True(await page.Locator("footer .print-only").IsVisibleAsync(), "the permanent address is not printed");
        Assert.True(await page.Locator("[data-citation]").IsVisibleAsync(), "the citation is not printed");
        await page.Context.CloseAsync();
    }

    private static Task<string> BackgroundAsync(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");

    private static Task<double> LightnessAsync(IPage page) =>
        page.EvaluateAsync<double>("() => { const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\\d+/g).map(Number); return (Math.max(r, g, b) + Math.min(r, g, b)) / 510; }");
}
