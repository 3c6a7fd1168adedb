using System.Net;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests;

[Collection(SampleSiteCollection.Name)]
public sealed class PageTypeTests(SampleSite site)
{
    [Fact]
    public async Task Should_Open_Every_Page_Type_With_One_H1_And_The_Demonstration_Banner()
    {
        var failures = new Failures();
        foreach (var path in SamplePaths.OneOfEachPageType(site.LoadModel()))
        {
            var page = await site.NewPageAsync();
            var response = await page.GotoAsync(path);
            var h1 = await page.Locator("h1").CountAsync();
            var banner = await page.Locator("[data-demo-banner]").CountAsync();
            if (response?.Status != (int)HttpStatusCode.OK || h1 != 1 || banner != 1)
            {
                failures.Add($"{path}: status {response?.Status}, {h1} h1, {banner} banner");
            }

            await page.Context.CloseAsync();
        }

        failures.AssertNone("page types without status 200, one h1 and the banner");
    }

    [Fact]
    public async Task Should_Answer_An_Unknown_Address_With_The_Not_Found_Page_And_Status_404()
    {
        var page = await site.OpenAsync("/");
        var response = await page.GotoAsync("/no-such-page/");

        Assert.Equal(404, response!.Status);
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        Assert.True(await page.Locator($"a[href='/cities/']").CountAsync() > 0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public void Should_Write_Every_Page_Type_To_The_Output_Folder()
    {
        var missing = SamplePaths.OneOfEachPageType(site.LoadModel())
            .Select(path => path.EndsWith('/') ? path + "index.html" : path)
            .Where(file => !File.Exists(Path.Combine(site.OutputFolder, file.TrimStart('/'))))
            .ToList();

        Assert.Empty(missing);
        Assert.True(File.Exists(Path.Combine(site.OutputFolder, "404.html")));
        Assert.True(File.Exists(Path.Combine(site.OutputFolder, "assets", "portal.css")));
    }
}
