using Portal.Domain.Changes;
using Portal.Domain.Diagnostics;
using Portal.Domain.Model;
using Portal.Rendering;
using Portal.Rendering.Pages;
using Portal.Rendering.Templates;

namespace Portal.Pipeline;

public sealed partial class SiteBuilder
{
    /// <summary>The data files an edit may touch and still be rebuilt page by page; any other edit rebuilds everything.</summary>
    private static readonly string[] RecordFiles = ["commitments.csv", "progress.csv"];

    /// <summary>
    /// Builds again after an edit, for <c>serve</c>. When only commitments or progress reports changed, it
    /// renders the pages the edit reaches (the commitments, their cities and recommendations, the lists and
    /// totals that show them), rewrites the data files, and deletes pages that no longer exist, in place.
    /// Anything else, or a first build, is a full build. The search index is left to the next full build.
    /// </summary>
    public BuildReport Rebuild(BuildOptions options, IReadOnlyCollection<string> changedFiles)
    {
        if (_last is not { } last || last.Options != options || !changedFiles.All(f => IsRecordFile(options, f)))
        {
            return Build(options);
        }

        var diagnostics = new DiagnosticBag();
        var clock = new PhaseClock(progress);
        var input = clock.Time("load and validate", () => InputChecker.Check(options, diagnostics, _tables));
        if (diagnostics.HasErrors)
        {
            return Report(input.Files, diagnostics, 0, clock);
        }

        var model = clock.Time("model", () => PortalModel.Build(input.Data, options.AsOf));
        var changes = clock.Time("compare", () => ModelChanges.Between(last.Model, model));
        if (changes.ReachesEveryPage)
        {
            return Build(options);
        }

        var pages = Update(last, input, model, changes, diagnostics, clock);
        return Report(input.Files, diagnostics, pages, clock) with { PagesUnchanged = diagnostics.HasErrors ? 0 : _last!.Pages.Count - pages };
    }

    private static bool IsRecordFile(BuildOptions options, string file) =>
        string.Equals(Path.GetFullPath(Path.GetDirectoryName(file) ?? "."), Path.GetFullPath(options.DataFolder), StringComparison.Ordinal)
        && RecordFiles.Contains(Path.GetFileName(file), StringComparer.Ordinal);

    private int Update(BuiltSite last, CheckedInput input, PortalModel model, ModelChanges changes, DiagnosticBag diagnostics, PhaseClock clock)
    {
        var options = last.Options;
        var urls = new UrlBuilder(options.BaseUrl);
        var pageSet = clock.Time("list pages", () => PageSet.For(input, model, options, urls));
        if (!pageSet.IsRenderable(input.Theme, diagnostics))
        {
            return 0;
        }

        pageSet.TakeOver(last.PageSet, changes);

        var target = new OutputTarget(options.OutputFolder, replaceInPlace: true);
        var links = last.Links.ForRebuild();
        var shows = pageSet.Jobs.ToDictionary(j => j.Path, j => j.Shows(), StringComparer.Ordinal);
        var reached = pageSet.Jobs.Where(j => shows[j.Path].IsReachedBy(changes, last.Pages.GetValueOrDefault(j.Path))).ToList();
        var (written, sizes) = WritePagesAndFiles(input, pageSet, reached, target, links, diagnostics, clock, file => file.Shows.IsReachedBy(changes), last.FileSizes);
        clock.Time("remove", () => RemoveGonePages(last, pageSet, target, links));
        clock.Time("check links", () => links.Check(diagnostics));
        if (diagnostics.HasErrors)
        {
            // The output now mixes old and new pages; the next edit builds it all again.
            _last = null;
            return 0;
        }

        _last = new BuiltSite(options, model, pageSet, shows, links, sizes);
        return written;
    }

    private static void RemoveGonePages(BuiltSite last, PageSet pageSet, OutputTarget target, LinkChecker links)
    {
        var current = pageSet.Jobs.Select(j => j.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in last.Pages.Keys.Where(p => !current.Contains(p)))
        {
            target.Delete(SitePaths.FileOf(gone));
            links.RemovePage(gone);
        }
    }
}
