using Microsoft.Playwright;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>How a test's browser context looks at the site: viewport, colour scheme, JavaScript.</summary>
public sealed record PageSettings
{
    public int Width { get; init; } = 1280;

    public int Height { get; init; } = 900;

    public ColorScheme ColorScheme { get; init; } = ColorScheme.Light;

    public bool JavaScriptEnabled { get; init; } = true;

    public static PageSettings At(int width) => new() { Width = width };
}
