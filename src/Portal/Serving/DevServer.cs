using Microsoft.Extensions.Hosting;
using Portal.Cli;
using Portal.Pipeline;

namespace Portal.Serving;

/// <summary><c>serve</c>: builds, serves the output, and rebuilds when data, content or theme change.</summary>
internal sealed class DevServer(BuildOptions options, int port)
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(150);
    private readonly Lock _gate = new();
    private Timer? _pending;

    public int Run()
    {
        Rebuild();
        using var app = StaticSiteHost.Create(options.OutputFolder, port);
        var watchers = new[] { options.DataFolder, options.ContentFolder, options.ThemeFolder }
            .Where(Directory.Exists)
            .Select(Watch)
            .ToList();
        app.Start();
        Console.WriteLine($"Serving {options.OutputFolder} at {StaticSiteHost.Address(app)} (Ctrl+C to stop)");
        app.WaitForShutdown();
        watchers.ForEach(w => w.Dispose());
        return ExitCodes.Success;
    }

    private FileSystemWatcher Watch(string folder)
    {
        var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        watcher.Changed += (_, _) => Schedule();
        watcher.Created += (_, _) => Schedule();
        watcher.Deleted += (_, _) => Schedule();
        watcher.Renamed += (_, _) => Schedule();
        return watcher;
    }

    /// <summary>Editors write a file in several steps; wait for them to settle, then build once.</summary>
    private void Schedule()
    {
        lock (_gate)
        {
            _pending?.Dispose();
            _pending = new Timer(_ => Rebuild(), null, Debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void Rebuild()
    {
        lock (_gate)
        {
            var report = new SiteBuilder().Build(options);
            ReportPrinter.Print(report, Console.Out, Console.Error, wroteSite: true);
        }
    }
}
