using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests;

/// <summary>axe-core finds no WCAG 2.0 or 2.1 level A or AA violation on any page type, in any width or mode.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class AccessibilityTests(SampleSite site)
{
    [Fact]
    public Task Should_Have_No_Axe_Violations_On_Every_Page_Type_At_1280_Px() =>
        AssertNoViolationsAsync(PageSettings.At(1280), highContrast: false, "1280 px");

    [Fact]
    public Task Should_Have_No_Axe_Violations_On_Every_Page_Type_At_360_Px() =>
        AssertNoViolationsAsync(PageSettings.At(360), highContrast: false, "360 px");

    [Fact]
    public Task Should_Have_No_Axe_Violations_On_Every_Page_Type_In_High_Contrast_Mode_At_1280_Px() =>
        AssertNoViolationsAsync(PageSettings.At(1280), highContrast: true, "high contrast, 1280 px");

    [Fact]
    public Task Should_Have_No_Axe_Violations_On_Every_Page_Type_In_High_Contrast_Mode_At_360_Px() =>
        AssertNoViolationsAsync(PageSettings.At(360), highContrast: true, "high contrast, 360 px");

    [Fact]
    public Task Should_Have_No_Axe_Violations_On_Every_Page_Type_In_Dark_Mode() =>
        AssertNoViolationsAsync(new PageSettings { ColorScheme = ColorScheme.Dark }, highContrast: false, "dark, 1280 px");

    private async Task AssertNoViolationsAsync(PageSettings settings, bool highContrast, string mode)
    {
        var failures = new Failures();
        var page = await site.NewPageAsync(settings);
        if (highContrast)
        {
            await HighContrast.SwitchOnAsync(page);
        }

        foreach (var type in SamplePaths.EveryPageType(site.LoadModel()))
        {
            await page.GotoAsync(type.Path);
            failures.Check(await HighContrast.IsOnAsync(page) == highContrast, $"{type}: high contrast is not {(highContrast ? "on" : "off")}");
            failures.AddRange(await Axe.ViolationsAsync(page, $"{type} at {mode}"));
        }

        await page.Context.CloseAsync();
        failures.AssertNone($"axe violations of {string.Join(", ", Axe.Tags)}");
    }
}
