using Microsoft.Playwright;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>
/// Launches Debian's Chromium: Playwright cannot download a browser of its own here.
/// PLAYWRIGHT_CHROMIUM_EXECUTABLE overrides the path.
/// </summary>
internal static class Chromium
{
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("PLAYWRIGHT_CHROMIUM_EXECUTABLE") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
}
