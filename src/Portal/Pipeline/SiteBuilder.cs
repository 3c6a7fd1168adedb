using System.Collections.Concurrent;
using System.Text;
using Portal.Domain.Diagnostics;
using Portal.Domain.Model;
using Portal.Loading;
using Portal.Rendering;
using Portal.Rendering.Markdown;
using Portal.Rendering.Pages;
using Portal.Rendering.Templates;
using Portal.Rendering.Views;
using Scriban.Syntax;

namespace Portal.Pipeline;

/// <summary>
/// The build: read and check the input, build the model once, render every page in parallel into a staging
/// folder, copy the theme's assets, then swap the staging folder into place. A build with errors writes nothing.
/// </summary>
public sealed class SiteBuilder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly IPageSource[] PageSources =
    [
        new HomePages(), new CityPages(), new CommitmentPages(), new RecommendationPages(),
        new CountryPages(), new FrameworkPages(), new ContentPages(),
    ];

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
        using var staging = new StagedOutput(options.OutputFolder);
        var pages = clock.Time("render and write", () => RenderAll(input, model, options, staging, diagnostics));
        if (!diagnostics.HasErrors)
        {
            clock.Time("assets", () => CopyAssets(input.Theme.AssetsFolder, staging));
            staging.Commit();
        }

        return Report(input.Files, diagnostics, diagnostics.HasErrors ? 0 : pages, clock);
    }

    private static int RenderAll(CheckedInput input, PortalModel model, BuildOptions options, StagedOutput staging, DiagnosticBag diagnostics)
    {
        var urls = new UrlBuilder(options.BaseUrl);
        var views = new ViewFactory(model, input.Theme.Strings, urls, new MarkdownRenderer());
        var site = SiteViewFactory.Create(views, input.Settings, options.AsOf);
        var renderer = new TemplateRenderer(input.Theme, urls, site);
        var jobs = PageSources.SelectMany(source => source.Pages(views)).ToList();
        if (!HasEveryLayout(input.Theme, jobs, diagnostics))
        {
            return 0;
        }

        var written = new ConcurrentBag<string>();
        Parallel.ForEach(jobs, job =>
        {
            if (Render(renderer, job, diagnostics) is { } html)
            {
                var file = staging.PathOf(SitePaths.FileOf(job.Path));
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, html, Utf8);
                written.Add(job.Path);
            }
        });
        ReportDuplicatePaths(jobs, diagnostics);
        return written.Count;
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
        catch (Rendering.Theme.MissingUiStringException e)
        {
            diagnostics.Error(SourceLocation.OfFile(renderer.StringsFile), $"while rendering {job.Path}: {e.Message}");
        }

        return null;
    }

    private static bool HasEveryLayout(Rendering.Theme.ThemeFolder theme, IEnumerable<PageJob> jobs, DiagnosticBag diagnostics)
    {
        var missing = jobs.Select(j => j.Layout).Append(TemplateRenderer.BaseLayout).Distinct(StringComparer.Ordinal).Where(l => !theme.HasLayout(l)).ToList();
        foreach (var layout in missing)
        {
            var path = DisplayPath.Of(Path.Combine(theme.LayoutsFolder, layout + ".html"));
            diagnostics.Error(SourceLocation.OfFile(path), $"the theme has no layout '{layout}.html', which every {layout} page needs");
        }

        return missing.Count == 0;
    }

    private static void ReportDuplicatePaths(IEnumerable<PageJob> jobs, DiagnosticBag diagnostics)
    {
        foreach (var path in jobs.GroupBy(j => j.Path, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            diagnostics.Error(SourceLocation.OfFile("input"), $"two pages would be written to {path}; rename one of them");
        }
    }

    private static void CopyAssets(string assetsFolder, StagedOutput staging)
    {
        if (!Directory.Exists(assetsFolder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(assetsFolder, "*", SearchOption.AllDirectories))
        {
            var target = staging.PathOf(Path.Combine("assets", Path.GetRelativePath(assetsFolder, file)));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
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
