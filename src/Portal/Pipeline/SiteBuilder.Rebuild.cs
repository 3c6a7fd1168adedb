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
    /// totals that show them), rewrites the data files, and deletes pages that no longer exist, in place; an
    /// edit that changed no record writes nothing. Anything else, or a first build, is a full build. A rebuild
    /// in place leaves the search index as it was: the report says the output changed in place, and the caller
    /// runs the indexer over it.
    /// </summary>
    public BuildReport Rebuild(BuildOptions options, IReadOnlyCollection<string> changedFiles)
    {
        _tables.Forget(changedFiles);
        if (_last is not { } last || last.Options != options || !changedFiles.All(f => IsRecordFile(options, f)))
        {
            return Build(options);
        }

        var diagnostics = new DiagnosticBag();
        var clock = new PhaseClock(progress);
        var (input, model) = Load(options, diagnostics, clock);
        if (model is null)
        {
            // Nothing was written, so the kept build still describes the output.
            return Report(input, diagnostics, clock);
        }

        var changes = clock.Time("compare", () => ModelChanges.Between(last.Model, model));
        if (changes.ReachesEveryPage)
        {
            return PublishInFull(options, input, model, diagnostics, clock);
        }

        if (changes.Records.Count == 0)
        {
            // Saved as it was, or changed only in ways that read the same, such as quoting: every page would come out the same.
            return Report(input, diagnostics, clock) with { PagesUnchanged = last.Pages.Count };
        }

        var target = new OutputTarget(options.OutputFolder, replaceInPlace: true);
        return Writing(options, input, diagnostics, clock, target, () => Update(last, input, model, changes, target, diagnostics, clock));
    }

    private static bool IsRecordFile(BuildOptions options, string file) =>
        string.Equals(Path.GetFullPath(Path.GetDirectoryName(file) ?? "."), Path.GetFullPath(options.DataFolder), StringComparison.Ordinal)
        && RecordFiles.Contains(Path.GetFileName(file), StringComparer.Ordinal);

    private BuildReport Update(BuiltSite last, CheckedInput input, PortalModel model, ModelChanges changes, OutputTarget target, DiagnosticBag diagnostics, PhaseClock clock)
    {
        var options = last.Options;
        var urls = new UrlBuilder(options.BaseUrlWith(input.Settings));
        var pageSet = clock.Time("list pages", () => PageSet.For(input, model, options, urls));
        if (!pageSet.IsRenderable(input.Theme, diagnostics))
        {
            return InPlaceReport(input, diagnostics, clock, target);
        }

        pageSet.TakeOver(last.PageSet, changes);

        var links = last.Links.ForRebuild();
        var shows = pageSet.Jobs.ToDictionary(j => j.Path, j => j.Shows(), StringComparer.Ordinal);
        var reached = pageSet.Jobs.Where(j => shows[j.Path].IsReachedBy(changes, last.Pages.GetValueOrDefault(j.Path))).ToList();
        var (written, sizes) = WritePagesAndFiles(input, pageSet, reached, target, links, diagnostics, clock, file => file.Shows.IsReachedBy(changes), last.FileSizes);
        clock.Time("remove", () => RemoveGonePages(last, pageSet, target, links));
        clock.Time("check links", () => links.Check(diagnostics));
        var report = InPlaceReport(input, diagnostics, clock, target) with { PagesWritten = written };
        if (diagnostics.HasErrors)
        {
            // The output now mixes old and new pages; with no kept build, the next edit builds it all again.
            return report;
        }

        _last = new BuiltSite(options, model, pageSet, shows, links, sizes);
        return report with { PagesUnchanged = shows.Count - written };
    }

    private static BuildReport InPlaceReport(CheckedInput input, DiagnosticBag diagnostics, PhaseClock clock, OutputTarget target) => Report(input, diagnostics, clock) with
    {
        Output = target.FilesChanged > 0 ? OutputChange.ChangedInPlace : OutputChange.None,
        FilesChangedInPlace = target.FilesChanged,
    };

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
