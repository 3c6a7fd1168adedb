using Microsoft.Playwright;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>High-contrast mode as a visitor gets it: by pressing the button portal.js adds to the header.</summary>
internal static class HighContrast
{
    public const string ToggleSelector = "[data-contrast-toggle]";

    public static async Task SwitchOnAsync(IPage page)
    {
        await page.GotoAsync("/");
        await SiteMenu.OpenIfFoldedAsync(page);
        await page.Locator(ToggleSelector).ClickAsync();
        if (!await IsOnAsync(page))
        {
            throw new InvalidOperationException("the high-contrast button did not switch high contrast on");
        }
    }

    public static Task<bool> IsOnAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('high-contrast')");
}
