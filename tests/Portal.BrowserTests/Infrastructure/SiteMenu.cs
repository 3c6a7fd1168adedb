using Microsoft.Playwright;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>The header's menu: folded behind its button on a phone, open as the masthead on a wide screen.</summary>
internal static class SiteMenu
{
    public const string ButtonSelector = ".site-menu > summary";

    public static async Task OpenIfFoldedAsync(IPage page)
    {
        var button = page.Locator(ButtonSelector);
        if (await button.IsVisibleAsync() && await page.Locator("[data-site-menu]").GetAttributeAsync("open") is null)
        {
            await button.ClickAsync();
        }
    }
}
