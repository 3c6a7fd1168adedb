using System.Collections.Concurrent;
using Portal.Domain.Diagnostics;
using Portal.Domain.Model;
using Portal.Feeds;
using Portal.Loading.Files;
using Portal.Loading;
using Portal.OpenData;
using Portal.Publishing;
using Portal.Rendering.Pages;
using Portal.Rendering.Templates;
using Portal.Rendering.Theme;
using Portal.TextFiles;

namespace Portal.Pipeline;

/// <summary>
/// The build: read and check the input, build the model once, write the data files, render every page in
/// parallel into a staging folder, copy the theme's assets, check every internal link, then swap the staging
/// folder into place. A build with errors writes nothing: the previous output stays as it was. An output folder
/// that holds the inputs or files no build wrote is refused before anything is written (<see cref="OutputFolderGuard"/>).
/// A builder made for rebuilds remembers what it read and wrote, so that <see cref="Rebuild"/> can read only
/// the edited file and render only what the edit reaches. <paramref name="beforeReplacingOutput"/> runs just
/// before a staged folder replaces the output, for whatever else writes into the output to finish first.
/// </summary>
public sealed partial class SiteBuilder(IBuildProgress progress, bool keepsForRebuilds = false, Action? beforeReplacingOutput = null)
{
    private static readonly IFileSource[] FileSources = [new RobotsFile(), new Citations.CitationFiles(), new SitemapFile(), new AtomFeeds(), new OpenDataFiles(), new AttentionFiles(), new LocalActionFiles(), new Annex.AnnexFiles()];

    private readonly TableCache _tables = new();
    private BuiltSite? _last;

    public SiteBuilder()
        : this(SilentProgress.Instance)
    {
    }

    public BuildReport Build(BuildOptions options)
    {
        _last = null;
        var diagnostics = new DiagnosticBag();
        var clock = new PhaseClock(progress);
        var (input, model) = Load(options, diagnostics, clock);
        return model is null ? Report(input, diagnostics, clock) : PublishInFull(options, input, model, diagnostics, clock);
    }

    /// <summary>Reads and checks the input and builds the model from it; there is no model when the input has errors.</summary>
    private (CheckedInput Input, PortalModel? Model) Load(BuildOptions options, DiagnosticBag diagnostics, PhaseClock clock)
    {
        var input = clock.Time("load and validate", () => InputChecker.Check(options, diagnostics, keepsForRebuilds ? _tables : null));
        return diagnostics.HasErrors ? (input, null) : (input, clock.Time("model", () => PortalModel.Build(input.Data, options.AsOf)));
    }

    private BuildReport PublishInFull(BuildOptions options, CheckedInput input, PortalModel model, DiagnosticBag diagnostics, PhaseClock clock) =>
        Writing(options, input, diagnostics, clock, servedOutput: null, () =>
        {
            var pages = Publish(input, model, options, diagnostics, clock);
            return Report(input, diagnostics, clock) with
            {
                PagesWritten = pages,
                Output = diagnostics.HasErrors ? OutputChange.None : OutputChange.Replaced,
            };
        });

    /// <summary>
    /// Runs the part of a build that writes. Until it succeeds, the output may no longer be what the kept build
    /// describes, so a failure of any kind leaves the next rebuild to build everything. A failure of the disk
    /// (a full disk, a folder without write permission, another build at work) is reported, not thrown.
    /// </summary>
    private BuildReport Writing(BuildOptions options, CheckedInput input, DiagnosticBag diagnostics, PhaseClock clock, OutputTarget? servedOutput, Func<BuildReport> write)
    {
        _last = null;
        try
        {
            return write();
        }
        catch (Exception e) when (IsAboutTheDisk(e))
        {
            var cause = e is AggregateException all ? all.InnerExceptions[0] : e;
            diagnostics.Error(SourceLocation.OfFile(DisplayPath.Of(options.OutputFolder)), cause.Message);
            return servedOutput is null ? Report(input, diagnostics, clock) : InPlaceReport(input, diagnostics, clock, servedOutput);
        }
    }

    private static bool IsAboutTheDisk(Exception e) => e switch
    {
        OutputBusyException or OutputRefusedException or IOException or UnauthorizedAccessException => true,
        AggregateException all => all.InnerExceptions.All(IsAboutTheDisk),
        _ => false,
    };

    /// <summary>Writes into a staging folder, checks the result, and swaps it in if nothing failed.</summary>
    private int Publish(CheckedInput input, PortalModel model, BuildOptions options, DiagnosticBag diagnostics, PhaseClock clock)
    {
        if (OutputFolderGuard.Refusal(options) is { } refusal)
        {
            diagnostics.Error(SourceLocation.OfFile(DisplayPath.Of(options.OutputFolder)), refusal);
            return 0;
        }

        using var staging = new StagedOutput(options.OutputFolder);
        var urls = new UrlBuilder(options.BaseUrlWith(input.Settings));
        var pageSet = PageSet.For(input, model, options, urls);
        if (!pageSet.IsRenderable(input.Theme, diagnostics))
        {
            return 0;
        }

        var target = new OutputTarget(staging.Folder, replaceInPlace: false);
        var links = new LinkChecker(urls.BasePath, target.Folder, options.OutputFolder);
        var (pages, sizes) = WritePagesAndFiles(input, pageSet, pageSet.Jobs, target, links, diagnostics, clock, _ => true);
        if (!diagnostics.HasErrors)
        {
            clock.Time("assets", () => CopyAssets(input.Theme, target, links, diagnostics));
            clock.Time("check links", () => links.Check(diagnostics));
        }

        if (!diagnostics.HasErrors && options.Search)
        {
            clock.Time("search index", () => SearchIndexer.Index(staging.Folder, diagnostics));
        }

        if (diagnostics.HasErrors)
        {
            return 0;
        }

        beforeReplacingOutput?.Invoke();
        staging.Commit();
        if (keepsForRebuilds)
        {
            _last = new BuiltSite(options, model, pageSet, pageSet.Jobs.ToDictionary(j => j.Path, j => j.Shows(), StringComparer.Ordinal), links, sizes);
        }

        return pages;
    }

    /// <summary>
    /// Writes the pages first, then the data files and feeds, then the pages that list the files with their sizes:
    /// a rebuild puts the edited pages on disk without waiting for the downloads.
    /// </summary>
    private static (int Pages, ConcurrentDictionary<string, long> Sizes) WritePagesAndFiles(
        CheckedInput input, PageSet pageSet, IReadOnlyList<PageJob> pages, OutputTarget target, LinkChecker links, DiagnosticBag diagnostics,
        PhaseClock clock, Func<FileJob, bool> reached, IReadOnlyDictionary<string, long>? unchangedSizes = null)
    {
        var views = pageSet.Views;
        var context = new PublishingContext(views.Model, views.Urls, input.Theme.Strings, input.Settings, [.. pageSet.Jobs.Select(j => j.Path)], target.Read);
        var writer = new PageWriter(pageSet.Renderer, target, links, clock.Progress);
        var written = clock.Time("render and write", () => writer.Write([.. pages.Where(p => !p.ListsFiles)], diagnostics));
        var (sizes, current) = clock.Time("files", () => WriteFiles(context, target, links, reached));
        foreach (var (path, size) in unchangedSizes ?? new Dictionary<string, long>())
        {
            if (current.Contains(path))
            {
                sizes.TryAdd(path, size);
            }
            else
            {
                // A file of a record that is gone, such as the citation files beside a removed commitment's page.
                target.Delete(path);
                links.RemoveFile(path);
            }
        }

        pageSet.Views.FileSizes = sizes;
        var listing = clock.Time("pages listing files", () => writer.Write([.. pages.Where(p => p.ListsFiles)], diagnostics));
        return (written + listing, sizes);
    }

    /// <summary>Writes the feeds, the sitemap and the open data; returns each written file's size, which the /data/ page shows, and every file the site now has.</summary>
    private static (ConcurrentDictionary<string, long> Sizes, HashSet<string> Current) WriteFiles(PublishingContext context, OutputTarget target, LinkChecker links, Func<FileJob, bool> reached)
    {
        var sizes = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var all = FileSources.SelectMany(source => source.Files(context)).ToList();
        var jobs = all.Where(reached).ToList();
        foreach (var wave in new[] { jobs.Where(j => !j.ReadsOtherFiles), jobs.Where(j => j.ReadsOtherFiles) })
        {
            Parallel.ForEach(wave, job =>
            {
                sizes[job.Path] = target.Write(job.Path, job.Write);
                links.AddFile(job.Path);
            });
        }

        return (sizes, all.Select(j => j.Path).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Copies the theme's assets, each read again as a regular file: a link or pipe put there since the theme was loaded is an error.</summary>
    private static void CopyAssets(ThemeFolder theme, OutputTarget target, LinkChecker links, DiagnosticBag diagnostics)
    {
        var folder = new SourceFolder(theme.Root, diagnostics);
        foreach (var file in theme.Assets)
        {
            if (folder.Read(file) is { } bytes)
            {
                var relative = Path.Combine("assets", Path.GetRelativePath(theme.AssetsFolder, file)).Replace('\\', '/');
                target.Write(relative, bytes);
                links.AddFile("/" + relative);
            }
        }
    }

    private static BuildReport Report(CheckedInput input, DiagnosticBag diagnostics, PhaseClock clock) => new()
    {
        Files = input.Files,
        Diagnostics = diagnostics.Sorted(),
        Phases = clock.Phases,
    };
}
