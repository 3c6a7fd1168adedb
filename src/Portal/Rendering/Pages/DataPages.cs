using Portal.Domain.Methodology;
using Portal.Domain.Model;
using Portal.Domain.Reporting;
using Portal.Feeds;
using Portal.OpenData;
using Portal.Rendering.Views;

namespace Portal.Rendering.Pages;

/// <summary>/data/: every download of the open data, its columns and size, the licence, and the feeds.</summary>
internal sealed class DataPages : IPageSource
{
    public IEnumerable<PageJob> Pages(ViewFactory views)
    {
        yield return new PageJob(DataPaths.Page, "data", () => Page(views)) { ListsFiles = true };
    }

    private static DataPageView Page(ViewFactory views)
    {
        var strings = views.Strings;
        var urls = views.Urls;
        var tables = new DataTables(views.Model, urls, views.RecommendationTitles);
        var downloads = DataDownloads.Of(tables);
        var byPath = downloads.ToDictionary(d => d.Path, StringComparer.Ordinal);
        var text = new DownloadText(strings);
        return new DataPageView
        {
            Title = strings["data.title"],
            Description = strings["data.description"],
            Path = DataPaths.Page,
            Canonical = urls.Canonical(DataPaths.Page),
            Kind = "data",
            LastUpdated = views.Model.LastUpdated?.ToString(),
            Breadcrumbs = [views.Crumb("nav.home", SitePaths.Home)],
            AsOf = Format.Date(views.Model.AsOf),
            Archive = new LinkView(strings["data.archive"], urls.Path(DataPaths.Archive)),
            Package = new LinkView(strings["data.package"], urls.Path(DataPaths.Package)),
            Tables = [.. tables.All.Select(table => Table(views, text, table, byPath[DataPaths.Csv(table.Name)], byPath[DataPaths.Json(table.Name)]))],
            CityFiles = [.. downloads.Where(d => d.City is not null).Select(d => File(views, text, d))],
            AttentionFiles = [.. NeedsAttention.Verdicts.Select(verdict => AttentionFile(views, verdict))],
            LocalActionFiles = [.. LocalAction.ByState(views.Model).Select(state => LocalActionFile(views, state.Key, state.Value.Count))],
            SiteFeed = new LinkView(strings["data.site-feed"], urls.Path(FeedPaths.Site)),
            CityFeeds = [.. views.Model.Cities.Select(c => new LinkView(c.Name, urls.Path(FeedPaths.City(c.Id))))],
        };
    }

    private static AttentionFileView AttentionFile(ViewFactory views, Verdict verdict)
    {
        var word = Vocabularies.Verdict.WordOf(verdict);
        var count = NeedsAttention.Of(verdict, views.Model.Commitments, views.Model.Evaluation).Count;
        var csv = SitePaths.AttentionCsv(word);
        return new AttentionFileView(
            views.Strings.Format("attention.title", views.Verdict(verdict).Label),
            views.Urls.Path(SitePaths.Attention(word)),
            views.Urls.Path(csv),
            Path.GetFileName(csv),
            count == 1 ? views.Strings["data.rows-one"] : views.Strings.Format("data.rows-many", Format.Number(count)));
    }

    private static AttentionFileView LocalActionFile(ViewFactory views, string country, int count)
    {
        var csv = SitePaths.LocalActionCsv(country);
        return new AttentionFileView(
            views.Strings.Format("local-action.title", views.CountryName(country)),
            views.Urls.Path(SitePaths.LocalAction(country)),
            views.Urls.Path(csv),
            Path.GetFileName(csv),
            count == 1 ? views.Strings["data.rows-one"] : views.Strings.Format("data.rows-many", Format.Number(count)));
    }

    private static DataTableView Table(ViewFactory views, DownloadText text, IDataTable table, DataDownload csv, DataDownload json) => new()
    {
        Name = table.Name,
        Title = text.TableTitle(table),
        Description = text.TableDescription(table),
        Records = table.Count == 1 ? views.Strings["data.rows-one"] : views.Strings.Format("data.rows-many", Format.Number(table.Count)),
        Csv = File(views, text, csv),
        Json = File(views, text, json),
        Columns = [.. table.Fields.Select(field => new DataColumnView(
            field.Name,
            text.Type(field),
            text.Column(table, field),
            field.Allowed.Count > 0 ? views.Strings.Format("data.allowed", string.Join(", ", field.Allowed)) : null))],
    };

    private static DataFileView File(ViewFactory views, DownloadText text, DataDownload download) => new(
        text.Title(download),
        views.Urls.Path(download.Path),
        Path.GetFileName(download.Path),
        Formatting.FileSizeText.Of(views.Strings, WrittenSize(views, download)));

    /// <summary>The page is rendered after the files are written, so a size missing here is a bug in the build's order.</summary>
    private static long WrittenSize(ViewFactory views, DataDownload download) =>
        views.FileSizes.TryGetValue(download.Path, out var size)
            ? size
            : throw new InvalidOperationException($"{download.Path} has no size: the /data/ page must be rendered after the files it lists are written");
}
