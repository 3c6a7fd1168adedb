using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using Portal.Pipeline;

namespace Portal.BrowserTests.Hostile;

/// <summary>The hostile data set built with its search index and served with the site's security headers.</summary>
public sealed class HostileSite : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"portal-hostile-{Guid.NewGuid():N}");
    private ServedSite? _served;

    public string Output => Path.Combine(_root, "output");

    public string BaseAddress => _served!.BaseAddress;

    public IBrowser Browser => _served!.Browser;

    public async Task InitializeAsync()
    {
        HostileData.WriteTo(Path.Combine(_root, "data"), Path.Combine(_root, "input"));
        ServedSite.Build(
            new BuildOptions
            {
                DataFolder = Path.Combine(_root, "data"),
                ContentFolder = Path.Combine(_root, "input"),
                ThemeFolder = RepositoryPaths.Theme,
                OutputFolder = Output,
                AsOf = new DateOnly(2026, 6, 30),
            },
            "hostile site");
        _served = await ServedSite.StartAsync(Output, _root);
    }

    /// <summary>Every page the build wrote, as a site path.</summary>
    public IReadOnlyList<string> Pages() =>
        [.. Directory.GetFiles(Output, "*.html", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}pagefind{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => "/" + Path.GetRelativePath(Output, f).Replace('\\', '/').Replace("index.html", string.Empty, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    public async Task DisposeAsync()
    {
        if (_served is not null)
        {
            await _served.DisposeAsync();
        }
    }
}
