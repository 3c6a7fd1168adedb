using Microsoft.Playwright;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>Visits one page of every page type in one browser context, running a check on each.</summary>
internal static class PageTour
{
    public static async Task VisitEveryPageTypeAsync(this SampleSite site, Func<IPage, PageType, Task> check, PageSettings? settings = null)
    {
        var page = await site.NewPageAsync(settings ?? new PageSettings());
        try
        {
            foreach (var type in SamplePaths.EveryPageType(site.LoadModel()))
            {
                await page.GotoAsync(type.Path);
                await check(page, type);
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
