using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests;

/// <summary>The high-contrast toggle: added by portal.js, remembered, and absent (with the page still whole) without script.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class HighContrastTests(SampleSite site)
{
    [Fact]
    public async Task Should_Switch_High_Contrast_On_And_Off_With_The_Header_Button_And_Remember_It_Across_Pages()
    {
        var page = await site.NewPageAsync();
        await HighContrast.SwitchOnAsync(page);
        Assert.Equal("true", await page.Locator(HighContrast.ToggleSelector).GetAttributeAsync("aria-pressed"));

        await page.GotoAsync("/cities/");
        Assert.True(await HighContrast.IsOnAsync(page), "high contrast is forgotten on the next page");
        Assert.Equal("rgb(0, 0, 0)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));

        await page.Locator(HighContrast.ToggleSelector).ClickAsync();
        await page.ReloadAsync();
        Assert.False(await HighContrast.IsOnAsync(page), "switching high contrast off is forgotten");
        Assert.Equal("false", await page.Locator(HighContrast.ToggleSelector).GetAttributeAsync("aria-pressed"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_Reach_The_High_Contrast_Button_By_Keyboard()
    {
        var page = await site.OpenAsync("/");
        var toggle = page.Locator(HighContrast.ToggleSelector);

        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        Assert.True(await HighContrast.IsOnAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_Hide_The_High_Contrast_Button_When_JavaScript_Is_Off()
    {
        var page = await site.OpenAsync("/", new PageSettings { JavaScriptEnabled = false });

        Assert.Equal(1, await page.Locator(HighContrast.ToggleSelector).CountAsync());
        Assert.False(await page.Locator(HighContrast.ToggleSelector).IsVisibleAsync());
        Assert.False(await HighContrast.IsOnAsync(page));
        await page.Context.CloseAsync();
    }
}
