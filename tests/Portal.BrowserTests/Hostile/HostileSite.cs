using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using Portal.Pipeline;
using Portal.Serving;

namespace Portal.BrowserTests.Hostile;

/// <summary>The hostile data set built with its search index and served with the site's security headers.</summary>
public sealed class HostileSite : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"portal-hostile-{Guid.NewGuid():N}");
    private WebApplication? _host;
    private IPlaywright? _playwright;

    public string Output => Path.Combine(_root, "output");

    public string BaseAddress { get; private set; } = string.Empty;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        HostileData.WriteTo(Path.Combine(_root, "data"), Path.Combine(_root, "input"));
        var report = new SiteBuilder().Build(new BuildOptions
        {
            DataFolder = Path.Combine(_root, "data"),
            ContentFolder = Path.Combine(_root, "input"),
            ThemeFolder = RepositoryPaths.Theme,
            OutputFolder = Output,
            AsOf = new DateOnly(2026, 6, 30),
        });
        if (!report.Succeeded)
        {
            throw new InvalidOperationException("the hostile site did not build:\n" + string.Join('\n', report.Diagnostics));
        }

        _host = StaticSiteHost.Create(Output, port: 0);
        await _host.StartAsync();
        BaseAddress = StaticSiteHost.Address(_host).TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>Every page the build wrote, as a site path.</summary>
    public IReadOnlyList<string> Pages() =>
        [.. Directory.GetFiles(Output, "*.html", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}pagefind{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => "/" + Path.GetRelativePath(Output, f).Replace('\\', '/').Replace("index.html", string.Empty, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.StopAsync();
            await _host.DisposeAsync();
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
