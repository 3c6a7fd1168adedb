using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests;

/// <summary>
/// Writes full-page screenshots of every page type at 1280 and 360 px, of a city page and search results at 390 and
/// 1280 px (with the phone's menu open), of Spain's dashboard of local action at 390 and 1280 px, and of a city page in dark, high-contrast and print modes, to artifacts/screenshots/ (named in the README) for a reviewer to look at.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class ScreenshotTests(SampleSite site)
{
    public static readonly string Folder = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");

    [Theory]
    [InlineData(1280)]
    [InlineData(360)]
    public async Task Should_Write_A_Screenshot_Of_Every_Page_Type_At_1280_And_360_Px(int width)
    {
        Directory.CreateDirectory(Folder);
        var written = new List<string>();
        await site.VisitEveryPageTypeAsync(async (page, type) =>
        {
            var file = Path.Combine(Folder, $"{type.Name}-{width}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            written.Add(file);
        }, PageSettings.At(width));

        Assert.All(written, file => Assert.True(new FileInfo(file).Length > 0, $"{file} is empty"));
        Assert.Equal(SamplePaths.EveryPageType(site.LoadModel()).Count, written.Count);
    }

    /// <summary>
    /// The pages a phone reader comes for, at a 390 px phone and at 1280 px: a city, an overdue commitment, the
    /// overdue list, and search after a query.
    /// </summary>
    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Should_Write_Screenshots_Of_A_City_A_Commitment_The_Overdue_List_And_Search_Results_At_390_And_1280_Px(int width)
    {
        Directory.CreateDirectory(Folder);
        var model = site.LoadModel();
        var overdue = model.Commitments.First(c => model.Evaluation[c.Id].Verdict == Portal.Domain.Methodology.Verdict.Overdue);
        var page = await site.NewPageAsync(width);
        await page.GotoAsync($"/cities/{model.Cities[0].Id}/");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, $"city-{width}.png"), FullPage = true });
        await page.GotoAsync($"/commitments/{overdue.Id}/");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, $"commitment-overdue-{width}.png"), FullPage = true });
        await page.GotoAsync("/commitments/attention/overdue/");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, $"attention-overdue-{width}.png"), FullPage = true });
        await page.GotoAsync("/search/?q=housing");
        await page.Locator("[data-result]").First.WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, $"search-results-{width}.png"), FullPage = true });
        if (width <= 640)
        {
            await page.Locator(SiteMenu.ButtonSelector).ClickAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, $"menu-open-{width}.png") });
        }

        await page.Context.CloseAsync();
        foreach (var name in new[] { "city", "commitment-overdue", "attention-overdue", "search-results" })
        {
            Assert.True(new FileInfo(Path.Combine(Folder, $"{name}-{width}.png")).Length > 0, $"{name}-{width}.png is empty");
        }
    }

    /// <summary>Spain's dashboard of local action, as a national mechanism's officer opens it on a phone and at a desk.</summary>
    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Should_Write_Screenshots_Of_Spains_Dashboard_Of_Local_Action_At_390_And_1280_Px(int width)
    {
        Directory.CreateDirectory(Folder);
        var file = Path.Combine(Folder, $"local-action-esp-{width}.png");
        var page = await site.NewPageAsync(width);
        await page.GotoAsync("/countries/esp/local-action/");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        await page.Context.CloseAsync();
        Assert.True(new FileInfo(file).Length > 0);
    }

    /// <summary>The annex a drafter prints from the site, styled by its own style sheet under the site's policy, without sideways scrolling.</summary>
    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Should_Write_Screenshots_Of_An_Html_Annex_At_390_And_1280_Px(int width)
    {
        Directory.CreateDirectory(Folder);
        var file = Path.Combine(Folder, $"annex-{width}.png");
        var page = await site.NewPageAsync(width);
        await page.GotoAsync("/countries/esp/local-action/annex.html");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        var overflows = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        var styled = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('blockquote')).fontStyle");
        await page.Context.CloseAsync();

        Assert.False(overflows);
        Assert.Equal("italic", styled);
        Assert.True(new FileInfo(file).Length > 0);
    }

    [Fact]
    public async Task Should_Write_Screenshots_Of_A_City_Page_In_Dark_High_Contrast_And_Print_Modes()
    {
        Directory.CreateDirectory(Folder);
        var city = $"/cities/{site.LoadModel().Cities[0].Id}/";

        var dark = await site.OpenAsync(city, new PageSettings { ColorScheme = ColorScheme.Dark });
        await dark.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, "city-1280-dark.png"), FullPage = true });
        await dark.Context.CloseAsync();

        var contrast = await site.NewPageAsync(PageSettings.At(360));
        await HighContrast.SwitchOnAsync(contrast);
        await contrast.GotoAsync(city);
        await contrast.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, "city-360-high-contrast.png"), FullPage = true });
        await contrast.Context.CloseAsync();

        var print = await site.OpenAsync(city);
        await print.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await print.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, "city-print.png"), FullPage = true });
        await print.PdfAsync(new PagePdfOptions { Path = Path.Combine(Folder, "city-print.pdf"), Format = "A4", PrintBackground = true });
        await print.Context.CloseAsync();

        foreach (var file in new[] { "city-1280-dark.png", "city-360-high-contrast.png", "city-print.png", "city-print.pdf" })
        {
            Assert.True(new FileInfo(Path.Combine(Folder, file)).Length > 0, $"{file} is empty");
        }
    }
}
