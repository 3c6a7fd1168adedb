using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests;

/// <summary>What axe cannot judge alone: landmarks, heading order, anchors, captions, the skip link and keyboard use.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class StructureTests(SampleSite site)
{
    [Fact]
    public async Task Should_Have_One_H1_And_Headings_That_Never_Skip_A_Level_On_Every_Page_Type()
    {
        var failures = new Failures();
        await site.VisitEveryPageTypeAsync(async (page, type) =>
        {
            var levels = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => +h.tagName[1])");
            failures.Check(levels.Count(l => l == 1) == 1 && levels.FirstOrDefault() == 1, $"{type}: headings {string.Join(' ', levels)} do not start with one h1");
            var skips = levels.Zip(levels.Skip(1)).Where(pair => pair.Second > pair.First + 1).ToList();
            failures.Check(skips.Count == 0, $"{type}: headings skip a level at {string.Join(", ", skips.Select(s => $"h{s.First} to h{s.Second}"))}");
        });

        failures.AssertNone("heading problems");
    }

    [Fact]
    public async Task Should_Have_Banner_Navigation_Main_And_Contentinfo_Landmarks_On_Every_Page_Type()
    {
        var failures = new Failures();
        await site.VisitEveryPageTypeAsync(async (page, type) =>
        {
            failures.Check(await page.Locator("body > header").CountAsync() == 1, $"{type}: no banner");
            failures.Check(await page.Locator("nav[aria-label]").CountAsync() >= 1, $"{type}: no labelled navigation");
            failures.Check(await page.Locator("main#main").CountAsync() == 1, $"{type}: not exactly one main");
            failures.Check(await page.Locator("body > footer").CountAsync() == 1, $"{type}: no contentinfo");
        });

        failures.AssertNone("landmark problems");
    }

    [Fact]
    public async Task Should_Give_Every_Section_Heading_An_Anchor_On_Every_Page_Type()
    {
        var failures = new Failures();
        await site.VisitEveryPageTypeAsync(async (page, type) =>
        {
            var without = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('main h2, main h3, main h4')].filter(h => !h.id).map(h => h.textContent.trim())");
            failures.AddRange(without.Select(text => $"{type}: heading '{text}' has no id"));
            var duplicates = await page.EvaluateAsync<string[]>("() => { const ids = [...document.querySelectorAll('[id]')].map(e => e.id); return ids.filter((id, i) => ids.indexOf(id) !== i); }");
            failures.AddRange(duplicates.Select(id => $"{type}: id '{id}' is used twice"));
        });

        failures.AssertNone("headings without an anchor or repeated ids");
    }

    [Fact]
    public async Task Should_Give_Every_Table_A_Caption_Or_Name_And_Header_Cells_On_Every_Page_Type()
    {
        var failures = new Failures();
        await site.VisitEveryPageTypeAsync(async (page, type) =>
        {
            var unnamed = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('table')].filter(t => !t.caption && !t.getAttribute('aria-labelledby')).length");
            var headless = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('table')].filter(t => !t.querySelector('th')).length");
            failures.Check(unnamed == 0, $"{type}: {unnamed} tables without a caption or name");
            failures.Check(headless == 0, $"{type}: {headless} tables without header cells");
        });

        failures.AssertNone("table problems");
    }

    [Fact]
    public async Task Should_Declare_The_Language_On_Every_Page_Type()
    {
        var failures = new Failures();
        await site.VisitEveryPageTypeAsync(async (page, type) =>
            failures.Check(await page.Locator("html").GetAttributeAsync("lang") is { Length: > 0 }, $"{type}: no lang"));

        failures.AssertNone("pages without a language");
    }

    [Fact]
    public async Task Should_Move_Focus_To_The_Main_Content_With_The_Skip_Link()
    {
        var page = await site.OpenAsync($"/cities/{site.LoadModel().Cities[0].Id}/");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator(".skip-link");
        Assert.True(await skip.EvaluateAsync<bool>("e => e === document.activeElement"), "the first Tab does not reach the skip link");
        Assert.True(await skip.IsVisibleAsync() && (await skip.BoundingBoxAsync())!.Y >= 0, "the focused skip link is not on screen");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_Reach_Every_Link_Button_And_Scrollable_Table_Of_A_City_Page_By_Keyboard_With_Visible_Focus()
    {
        var page = await site.OpenAsync($"/cities/{site.LoadModel().Cities[0].Id}/");
        var focusable = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('a[href], button, [tabindex=\"0\"]')].filter(e => e.offsetParent !== null || e.classList.contains('skip-link')).length");
        var reached = new HashSet<string>();
        var failures = new Failures();
        for (var i = 0; i < focusable + 5; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<string[]>("""
                () => { const e = document.activeElement, s = getComputedStyle(e);
                        const path = [...document.querySelectorAll('*')].indexOf(e);
                        return [String(path), e.outerHTML.slice(0, 80), s.outlineStyle, s.outlineWidth]; }
                """);
            if (focus[1].StartsWith("<body", StringComparison.Ordinal))
            {
                continue;
            }

            reached.Add(focus[0]);
            failures.Check(focus[2] != "none" && double.Parse(focus[3].Replace("px", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) >= 2, $"no visible focus on {focus[1]}");
        }

        failures.Check(reached.Count >= focusable, $"Tab reached {reached.Count} of {focusable} focusable elements");
        failures.AssertNone("keyboard problems");
        await page.Context.CloseAsync();
    }
}
