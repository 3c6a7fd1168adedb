using Microsoft.Playwright;
using Portal.Domain.Model;
using Portal.Pipeline;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>
/// The sample data built once into a temporary folder, served on 127.0.0.1, with one Chromium for all the
/// browser tests. The model is the one the build used, so tests can compare what pages show with the data.
/// </summary>
public sealed class SampleSite : IAsyncLifetime
{
    public static readonly DateOnly AsOf = new(2026, 6, 30);

    private readonly string _output = Path.Combine(Path.GetTempPath(), $"portal-browser-{Guid.NewGuid():N}");
    private ServedSite? _served;

    public BuildOptions Options { get; private set; } = null!;

    public BuildReport Report { get; private set; } = null!;

    public IBrowser Browser => _served!.Browser;

    public string BaseAddress => _served!.BaseAddress;

    public string OutputFolder => _output;

    public async Task InitializeAsync()
    {
        Options = new BuildOptions
        {
            DataFolder = RepositoryPaths.Data,
            ContentFolder = RepositoryPaths.Content,
            ThemeFolder = RepositoryPaths.Theme,
            OutputFolder = _output,
            AsOf = AsOf,
        };
        Report = ServedSite.Build(Options, "sample site");
        _served = await ServedSite.StartAsync(_output, _output);
    }

    /// <summary>A page in a context of its own; close it with <c>page.Context.CloseAsync()</c>.</summary>
    public Task<IPage> NewPageAsync(int width = 1280) => NewPageAsync(PageSettings.At(width));

    public async Task<IPage> NewPageAsync(PageSettings settings)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress,
            ViewportSize = new ViewportSize { Width = settings.Width, Height = settings.Height },
            ColorScheme = settings.ColorScheme,
            JavaScriptEnabled = settings.JavaScriptEnabled,
        });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    public async Task<IPage> OpenAsync(string path, int width = 1280)
    {
        var page = await NewPageAsync(width);
        await page.GotoAsync(path);
        return page;
    }

    public async Task<IPage> OpenAsync(string path, PageSettings settings)
    {
        var page = await NewPageAsync(settings);
        await page.GotoAsync(path);
        return page;
    }

    /// <summary>The model as the build computed it, loaded again from the same data.</summary>
    public PortalModel LoadModel()
    {
        var diagnostics = new Portal.Domain.Diagnostics.DiagnosticBag();
        var input = InputChecker.Check(Options, diagnostics);
        return PortalModel.Build(input.Data, AsOf);
    }

    public async Task DisposeAsync()
    {
        if (_served is not null)
        {
            await _served.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SampleSiteCollection : ICollectionFixture<SampleSite>
{
    public const string Name = "sample site";
}
