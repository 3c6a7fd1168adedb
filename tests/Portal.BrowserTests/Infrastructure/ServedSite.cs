using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Portal.Pipeline;
using Portal.Serving;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>
/// A built site served on 127.0.0.1 with the site's own headers, and one Chromium to look at it. The
/// fixtures build their data, then hand the output here; disposing stops everything and deletes the folder.
/// </summary>
public sealed class ServedSite : IAsyncDisposable
{
    private readonly WebApplication _host;
    private readonly IPlaywright _playwright;
    private readonly string _folder;

    private ServedSite(WebApplication host, IPlaywright playwright, IBrowser browser, string folder)
    {
        _host = host;
        _playwright = playwright;
        _folder = folder;
        Browser = browser;
        BaseAddress = StaticSiteHost.Address(host).TrimEnd('/');
    }

    public IBrowser Browser { get; }

    public string BaseAddress { get; }

    /// <summary>Builds with the options, failing the fixture with every diagnostic if the build fails.</summary>
    public static BuildReport Build(BuildOptions options, string what)
    {
        var report = new SiteBuilder().Build(options);
        return report.Succeeded
            ? report
            : throw new InvalidOperationException($"the {what} did not build:\n" + string.Join('\n', report.Diagnostics));
    }

    /// <summary>Serves <paramref name="output"/>; <paramref name="folder"/> is deleted on disposal.</summary>
    public static async Task<ServedSite> StartAsync(string output, string folder)
    {
        var host = StaticSiteHost.Create(output, port: 0);
        await host.StartAsync();
        var playwright = await Playwright.CreateAsync();
        return new ServedSite(host, playwright, await Chromium.LaunchAsync(playwright), folder);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
        await _host.StopAsync();
        await _host.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
