using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests;

/// <summary>
/// A phone first: a one-row header with a menu that opens without script, a city page with contents and its
/// commitments by theme, and search results before the filters, all within two screens of the top.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed partial class PhoneTests(SampleSite site)
{
    private const int MastheadMostHeight = 64;

    [Theory]
    [InlineData(320)]
    [InlineData(360)]
    [InlineData(390)]
    public async Task Should_Fold_The_Header_Into_One_Row_Of_Site_Name_Search_Box_And_Menu_Button(int width)
    {
        var failures = new Failures();
        var page = await site.NewPageAsync(width);
        foreach (var path in new[] { "/", $"/cities/{site.LoadModel().Cities[0].Id}/", "/search/" })
        {
            await page.GotoAsync(path);
            var masthead = await BoxAsync(page.Locator(".masthead"));
            failures.Check(masthead.Height <= MastheadMostHeight, $"{path} at {width} px: the masthead is {masthead.Height} px tall");
            foreach (var item in new[] { ".site-title", ".header-search input", SiteMenu.ButtonSelector })
            {
                var box = await BoxAsync(page.Locator(item));
                failures.Check(box.Y >= masthead.Y && box.Y + box.Height <= masthead.Y + masthead.Height, $"{path} at {width} px: {item} is outside the masthead's one row");
                failures.Check(box.X >= 0 && box.X + box.Width <= width, $"{path} at {width} px: {item} runs off the screen");
            }

            failures.Check(!await page.Locator(".site-nav").IsVisibleAsync(), $"{path} at {width} px: the navigation shows before the menu is opened");
            failures.Check(!await page.Locator(HighContrast.ToggleSelector).IsVisibleAsync(), $"{path} at {width} px: the high-contrast button is outside the menu");
        }

        await page.Context.CloseAsync();
        failures.AssertNone("headers that are not one row on a phone");
    }

    [Theory]
    [InlineData(320)]
    [InlineData(360)]
    [InlineData(390)]
    public async Task Should_Open_The_Menu_And_Show_Every_Link_Without_JavaScript(int width)
    {
        var page = await site.OpenAsync("/", new PageSettings { Width = width, JavaScriptEnabled = false });
        var links = page.Locator(".site-nav a");
        Assert.False(await links.First.IsVisibleAsync(), "the links show before the menu is opened");

        await page.Locator(SiteMenu.ButtonSelector).ClickAsync();

        Assert.True(await links.CountAsync() >= 5, "the menu has fewer than five links");
        foreach (var link in await links.AllAsync())
        {
            Assert.True(await link.IsVisibleAsync(), $"{await link.InnerTextAsync()} is not visible in the open menu");
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_Show_The_Navigation_And_Search_Box_Without_A_Menu_Button_On_A_Wide_Screen()
    {
        var page = await site.OpenAsync("/", new PageSettings { JavaScriptEnabled = false });

        Assert.False(await page.Locator(SiteMenu.ButtonSelector).IsVisibleAsync(), "the menu button shows at 1280 px");
        Assert.True(await page.Locator(".site-nav a").First.IsVisibleAsync(), "the navigation is folded at 1280 px");
        Assert.True(await page.Locator(".header-search input").IsVisibleAsync(), "the header has no search box at 1280 px");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_Search_From_The_Header_Box_With_The_Query_The_Search_Page_Reads()
    {
        var page = await site.OpenAsync("/cities/", 390);

        await page.Locator(".header-search input").FillAsync("housing");
        await page.Locator(".header-search input").PressAsync("Enter");

        await page.WaitForURLAsync(new Regex("/search/\\?q=housing$"));
        await page.Locator("[data-result]").First.WaitForAsync();
        Assert.Equal("housing", await page.Locator("#search-input").InputValueAsync());
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(320)]
    [InlineData(360)]
    [InlineData(390)]
    public async Task Should_Show_A_Citys_First_Commitment_Within_Two_Screens(int width)
    {
        var page = await site.OpenAsync($"/cities/{site.LoadModel().Cities[0].Id}/", width);

        var first = await BoxAsync(page.Locator("[data-commitment]").First);

        Assert.True(first.Y < 2 * page.ViewportSize!.Height, $"the first commitment starts {first.Y} px down at {width} px");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_Link_A_Citys_Contents_To_Each_Theme_And_Group_Every_Commitment_Under_One()
    {
        var model = site.LoadModel();
        var failures = new Failures();
        var page = await site.NewPageAsync(390);
        foreach (var city in model.Cities)
        {
            await page.GotoAsync($"/cities/{city.Id}/");
            var targets = await page.Locator("[data-page-contents] [data-theme-link]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            var groups = await page.Locator(".theme-group").EvaluateAllAsync<string[]>("groups => groups.map(g => '#' + g.id)");
            failures.Check(targets.SequenceEqual(groups), $"{city.Id}: contents [{string.Join(", ", targets)}], theme groups [{string.Join(", ", groups)}]");
            var grouped = await page.Locator(".theme-group [data-commitment]").CountAsync();
            failures.Check(grouped == model.CommitmentsByCity[city.Id].Count(), $"{city.Id}: {grouped} commitments under a theme, of {model.CommitmentsByCity[city.Id].Count()}");
            failures.Check(await page.Locator("[data-page-contents] a[href='#progress-heading']").CountAsync() == 1, $"{city.Id}: the contents do not lead to the progress summary");
        }

        await page.Context.CloseAsync();
        failures.AssertNone("city pages whose contents do not lead to their themes");
    }

    [Fact]
    public async Task Should_Show_Each_Commitments_Themes_And_Not_The_Citys_Name_Again_On_Its_City_Page()
    {
        var model = site.LoadModel();
        var commitment = model.Commitments.First(c => c.Themes.Count > 0);
        var card = (await site.OpenAsync($"/cities/{commitment.CityId}/", 390)).Locator($"[data-commitment='{commitment.Id}']");
        var text = await card.InnerTextAsync();

        Assert.DoesNotContain(model.CityById[commitment.CityId].Name, text, StringComparison.Ordinal);
        Assert.Contains(model.Themes.LabelOf(commitment.Themes[0]), text, StringComparison.Ordinal);
        Assert.True(await card.Locator(".verdict-badge").IsVisibleAsync(), "the card shows no verdict");
        await card.Page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(320)]
    [InlineData(360)]
    [InlineData(390)]
    public async Task Should_Show_Search_Results_Before_The_Folded_Filters_Within_Two_Screens(int width)
    {
        var page = await site.OpenAsync("/search/?q=housing", width);
        var first = page.Locator("[data-result]").First;
        await first.WaitForAsync();

        var box = await BoxAsync(first);
        Assert.True(box.Y < 2 * page.ViewportSize!.Height, $"the first result starts {box.Y} px down at {width} px");
        Assert.Null(await page.Locator("[data-filter-box]").GetAttributeAsync("open"));
        Assert.False(await page.Locator("[data-search-filters]").IsVisibleAsync(), "the filters show before 'Filter results' is opened");
        Assert.True(await page.EvaluateAsync<bool>(
            "() => !!(document.querySelector('[data-search-results]').compareDocumentPosition(document.querySelector('[data-filter-box]')) & Node.DOCUMENT_POSITION_FOLLOWING)"),
            "the filters come before the results");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_Open_The_Filters_On_A_Wide_Screen()
    {
        var page = await site.OpenAsync("/search/?q=housing");
        await page.Locator("[data-result]").First.WaitForAsync();

        Assert.NotNull(await page.Locator("[data-filter-box]").GetAttributeAsync("open"));
        Assert.True(await page.Locator("[data-search-filters]").IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_Hide_Filter_Options_That_Would_Give_No_Result()
    {
        var page = await site.OpenAsync("/search/?q=housing", 390);
        await page.Locator("[data-result]").First.WaitForAsync();
        await page.Locator("[data-filter-box] > summary").ClickAsync();

        var shown = await page.Locator("[data-search-filters] label:visible [data-count]").AllInnerTextsAsync();
        var all = await page.Locator("[data-search-filters] label [data-count]").AllInnerTextsAsync();

        Assert.NotEmpty(shown);
        Assert.DoesNotContain("(0)", shown);
        Assert.Contains("(0)", all);
        await page.Context.CloseAsync();
    }

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new InvalidOperationException($"{locator} has no box: it is not shown");
}
