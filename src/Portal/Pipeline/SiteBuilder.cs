using System.Collections.Concurrent;
using System.Text;
using Portal.Domain.Diagnostics;
using Portal.Domain.Model;
using Portal.Feeds;
using Portal.Loading;
using Portal.OpenData;
using Portal.Publishing;
using Portal.Rendering;
using Portal.Rendering.Listings;
using Portal.Rendering.Markdown;
using Portal.Rendering.Pages;
using Portal.Rendering.Templates;
using Portal.Rendering.Theme;
using Portal.Rendering.Views;
using Scriban.Syntax;

namespace Portal.Pipeline;

/// <summary>
/// The build: read and check the input, build the model once, render every page in parallel into a staging
/// folder, copy the theme's assets, check every internal link, then swap the staging folder into place.
/// A build with errors writes nothing: the previous output stays as it was.
/// </summary>
public sealed class SiteBuilder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly IPageSource[] PageSources =
    [
        new HomePages(), new CityPages(), new CommitmentPages(), new RecommendationPages(),
        new CountryPages(), new FrameworkPages(), new ContentPages(),
        new ListingPages<Recommendation>(RecommendationListing.Definition),
        new ListingPages<Commitment>(CommitmentListing.Definition),
        new SearchPages(),
        new DataPages(),
    ];

    private static readonly IFileSource[] FileSources = [new RobotsFile(), new SitemapFile(), new AtomFeeds(), new OpenDataFiles()];

    public BuildReport Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var clock = new PhaseClock();
        var input = clock.Time("load and validate", () => InputChecker.Check(options, diagnostics));
        if (diagnostics.HasErrors)
        {
            return Report(input.Files, diagnostics, 0, clock);
        }

        var model = clock.Time("model", () => PortalModel.Build(input.Data, options.AsOf));
        try
        {
            var pages = Publish(input, model, options, diagnostics, clock);
            return Report(input.Files, diagnostics, pages, clock);
        }
        catch (Exception e) when (IsAboutTheDisk(e))
        {
            // The disk, not the data: a full disk, a folder without write permission, another build at work.
            var cause = e is AggregateException all ? all.InnerExceptions[0] : e;
            diagnostics.Error(SourceLocation.OfFile(DisplayPath.Of(options.OutputFolder)), cause.Message);
            return Report(input.Files, diagnostics, 0, clock);
        }
    }

    private static bool IsAboutTheDisk(Exception e) => e switch
    {
        OutputBusyException or IOException or UnauthorizedAccessException => true,
        AggregateException all => all.InnerExceptions.All(IsAboutTheDisk),
        _ => false,
    };

    /// <summary>Renders and writes into a staging folder, checks the result, and swaps it in if nothing failed.</summary>
    private static int Publish(CheckedInput input, PortalModel model, BuildOptions options, DiagnosticBag diagnostics, PhaseClock clock)
    {
        using var staging = new StagedOutput(options.OutputFolder);
        var urls = new UrlBuilder(options.BaseUrl);
        var links = new LinkChecker(urls.BasePath, staging, options.OutputFolder);
        var pages = clock.Time("render and write", () => RenderAll(input, model, options, urls, staging, links, diagnostics));
        if (!diagnostics.HasErrors)
        {
            var context = new PublishingContext(model, urls, input.Theme.Strings, input.Settings, pages);
            clock.Time("files", () => WriteFiles(context, staging, links));
            clock.Time("assets", () => CopyAssets(input.Theme.AssetsFolder, staging, links));
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

        staging.Commit();
        return pages.Count;
    }

    private static IReadOnlyList<string> RenderAll(
        CheckedInput input, PortalModel model, BuildOptions options, UrlBuilder urls, StagedOutput staging, LinkChecker links, DiagnosticBag diagnostics)
    {
        var views = new ViewFactory(model, input.Theme.Strings, urls, new MarkdownRenderer());
        var site = SiteViewFactory.Create(views, input.Settings, options.AsOf);
        var renderer = new TemplateRenderer(input.Theme, urls, site);
        var jobs = PageSources.SelectMany(source => source.Pages(views)).ToList();
        if (!HasEveryLayout(input.Theme, jobs, diagnostics) || HasDuplicatePaths(jobs, diagnostics))
        {
            return [];
        }

        var written = new ConcurrentBag<string>();
        Parallel.ForEach(jobs, job =>
        {
            if (Render(renderer, job, diagnostics) is { } html)
            {
                var file = staging.PathOf(SitePaths.FileOf(job.Path));
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, html, Utf8);
                links.AddPage(job.Path, html);
                written.Add(job.Path);
            }
        });
        return [.. written.Order(StringComparer.Ordinal)];
    }

    private static void WriteFiles(PublishingContext context, StagedOutput staging, LinkChecker links)
    {
        var jobs = FileSources.SelectMany(source => source.Files(context)).ToList();
        Parallel.ForEach(jobs, job =>
        {
            var file = staging.PathOf(job.Path.TrimStart('/'));
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using (var stream = File.Create(file))
            {
                job.Write(stream);
            }

            links.AddFile(job.Path);
        });
    }

    private static string? Render(TemplateRenderer renderer, PageJob job, DiagnosticBag diagnostics)
    {
        try
        {
            return renderer.Render(job.Layout, job.View());
        }
        catch (ScriptRuntimeException e)
        {
            var start = e.Span.Start;
            diagnostics.Error(new SourceLocation(e.Span.FileName ?? job.Layout, start.Line + 1, start.Column + 1), $"while rendering {job.Path}: {e.OriginalMessage}");
        }
        catch (MissingUiStringException e)
        {
            diagnostics.Error(SourceLocation.OfFile(renderer.StringsFile), $"while rendering {job.Path}: {e.Message}");
        }

        return null;
    }

    private static bool HasEveryLayout(ThemeFolder theme, IEnumerable<PageJob> jobs, DiagnosticBag diagnostics)
    {
        var missing = jobs.Select(j => j.Layout).Append(TemplateRenderer.BaseLayout).Distinct(StringComparer.Ordinal).Where(l => !theme.HasLayout(l)).ToList();
        foreach (var layout in missing)
        {
            var path = DisplayPath.Of(Path.Combine(theme.LayoutsFolder, layout + ".html"));
            diagnostics.Error(SourceLocation.OfFile(path), $"the theme has no layout '{layout}.html', which every {layout} page needs");
        }

        return missing.Count == 0;
    }

    private static bool HasDuplicatePaths(IEnumerable<PageJob> jobs, DiagnosticBag diagnostics)
    {
        var duplicates = jobs.GroupBy(j => j.Path, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        foreach (var path in duplicates)
        {
            diagnostics.Error(SourceLocation.OfFile("input"), $"two pages would be written to {path}; rename one of them");
        }

        return duplicates.Count > 0;
    }

    private static void CopyAssets(string assetsFolder, StagedOutput staging, LinkChecker links)
    {
        if (!Directory.Exists(assetsFolder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(assetsFolder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.Combine("assets", Path.GetRelativePath(assetsFolder, file)).Replace('\\', '/');
            var target = staging.PathOf(relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
            links.AddFile("/" + relative);
        }
    }

    private static BuildReport Report(IReadOnlyList<FileAccount> files, DiagnosticBag diagnostics, int pages, PhaseClock clock) => new()
    {
        Files = files,
        Diagnostics = diagnostics.Sorted(),
        PagesWritten = pages,
        Phases = clock.Phases,
    };
}
