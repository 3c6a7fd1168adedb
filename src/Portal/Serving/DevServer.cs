using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Portal.Cli;
using Portal.Pipeline;

namespace Portal.Serving;

/// <summary>
/// <c>serve</c>: builds, serves the output, and rebuilds when data, content or theme change. An edit to the
/// commitments or the progress reports renders only the pages it reaches; the search index then catches up
/// in the background, so the pages do not wait for it.
/// </summary>
internal sealed class DevServer
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(100);

    // Two locks: the watcher's thread only ever waits on _gate, which no build holds, so its events are taken
    // while a build runs instead of piling up in the kernel's queue until it overflows.
    private readonly Lock _gate = new();
    private readonly Lock _building = new();
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    private readonly BuildOptions _options;
    private readonly int _port;
    private readonly SearchIndexRefresh _searchIndex;
    private readonly SiteBuilder _builder;
    private Timer? _pending;
    private bool _mustBuildInFull;

    public DevServer(BuildOptions options, int port)
    {
        _options = options;
        _port = port;
        _searchIndex = new SearchIndexRefresh(diagnostics => SearchIndexer.Index(options.OutputFolder, diagnostics), Console.Out, Console.Error);
        _builder = new SiteBuilder(ConsoleProgress.ForStandardError(), keepsForRebuilds: true, beforeReplacingOutput: _searchIndex.StandAside);
    }

    public int Run()
    {
        Print(_builder.Build(_options), TimeSpan.Zero);
        using var app = StaticSiteHost.Create(_options.OutputFolder, _port);
        try
        {
            app.Start();
        }
        catch (IOException e)
        {
            // Another program holds the port: the user's to fix, with another --port, not a bug to report.
            Console.Error.WriteLine($"portal: error: cannot serve on 127.0.0.1:{_port}: {e.Message.TrimEnd('.')}; pass another --port");
            return ExitCodes.Usage;
        }

        var watchers = new[] { _options.DataFolder, _options.ContentFolder, _options.ThemeFolder }
            .Where(Directory.Exists)
            .Select(Watch)
            .ToList();
        Console.WriteLine($"Serving {_options.OutputFolder} at {StaticSiteHost.Address(app)} (Ctrl+C to stop)");
        app.WaitForShutdown();
        watchers.ForEach(w => w.Dispose());
        return ExitCodes.Success;
    }

    private FileSystemWatcher Watch(string folder)
    {
        var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        watcher.Changed += (_, e) => Schedule(e.FullPath);
        watcher.Created += (_, e) => Schedule(e.FullPath);
        watcher.Deleted += (_, e) => Schedule(e.FullPath);
        watcher.Renamed += (_, e) => Schedule(e.OldFullPath, e.FullPath);
        watcher.Error += (_, e) => Missed(folder, e.GetException());
        return watcher;
    }

    /// <summary>The watcher lost events (its queue overflowed): which files changed is unknown, so build everything.</summary>
    private void Missed(string folder, Exception cause)
    {
        Console.Error.WriteLine($"changes under {folder} were missed ({cause.Message}); rebuilding everything");
        lock (_gate)
        {
            _mustBuildInFull = true;
            _changed.Add(Path.GetFullPath(folder));
            Debounced();
        }
    }

    /// <summary>Editors write a file in several steps; wait for them to settle, then build once for all of them.</summary>
    private void Schedule(params string[] paths)
    {
        lock (_gate)
        {
            _changed.UnionWith(paths.Where(IsInput).Select(Path.GetFullPath));
            Debounced();
        }
    }

    private void Debounced()
    {
        _pending?.Dispose();
        _pending = new Timer(_ => Rebuild(), null, Debounce, Timeout.InfiniteTimeSpan);
    }

    /// <summary>
    /// Editors and tools such as sed write swap, backup and temporary files beside the inputs; only the kinds of
    /// file a build reads count, so that an edit to one CSV is not taken for an edit to the whole folder.
    /// </summary>
    private bool IsInput(string path)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith('#'))
        {
            return false;
        }

        var extension = Path.GetExtension(name);
        return IsUnder(path, _options.ThemeFolder)
            || (IsUnder(path, _options.DataFolder) && extension == ".csv")
            || (IsUnder(path, _options.ContentFolder) && extension is ".md" or ".yml" or ".yaml");
    }

    private static bool IsUnder(string path, string folder) =>
        Path.GetFullPath(path).StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private void Rebuild()
    {
        lock (_building)
        {
            if (TakeChanges() is not { } changes)
            {
                return;
            }

            var watch = Stopwatch.StartNew();
            try
            {
                var report = changes.InFull ? _builder.Build(_options) : _builder.Rebuild(_options, changes.Files);
                Print(report, watch.Elapsed);
                if (report.Output == OutputChange.ChangedInPlace && _options.Search)
                {
                    // Pagefind's index is behind the pages; it catches up without holding up the next edit.
                    _searchIndex.Request();
                }
            }
            catch (Exception e)
            {
                // On a timer thread an exception would end the server; the output may be half rebuilt, so the next edit builds it all.
                lock (_gate)
                {
                    _mustBuildInFull = true;
                }

                InternalError.Write(Console.Error, "rebuild crashed, the next edit rebuilds everything; please report this: ", e);
            }
        }
    }

    /// <summary>The files changed since the last build, and whether to build everything; nothing when another build already took them.</summary>
    private (List<string> Files, bool InFull)? TakeChanges()
    {
        lock (_gate)
        {
            if (_changed.Count == 0)
            {
                return null;
            }

            var changes = (_changed.ToList(), _mustBuildInFull);
            _changed.Clear();
            _mustBuildInFull = false;
            return changes;
        }
    }

    private static void Print(BuildReport report, TimeSpan elapsed)
    {
        ReportPrinter.Print(report, Console.Out, Console.Error, wroteSite: true);
        if (elapsed > TimeSpan.Zero)
        {
            Console.WriteLine($"rebuilt in {elapsed.TotalMilliseconds:0} ms");
        }
    }
}
