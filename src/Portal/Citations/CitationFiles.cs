using System.Text;
using Portal.Domain.Changes;
using Portal.Publishing;
using Portal.Rendering;
using Portal.Rendering.Pages;
using Portal.Rendering.Titles;

namespace Portal.Citations;

/// <summary>
/// citation.bib and citation.ris beside every city, commitment and recommendation page, for reference managers.
/// Each gives the record's title, the publisher, the portal, the as-of year and date, and the page's address only
/// when the site has one (site.yml <c>base_url</c> or <c>--base-url</c>); without it, the note gives the path.
/// </summary>
internal sealed class CitationFiles : IFileSource
{
    public IEnumerable<FileJob> Files(PublishingContext context)
    {
        var model = context.Model;
        var titles = new RecommendationTitles(context.Strings);
        var records =
            model.Cities.Select(c => (Path: SitePaths.City(c.Id), Record: Record(context, "city", c.Id, c.Name, SitePaths.City(c.Id)), Shows: RecordKey.City(c.Id)))
            .Concat(model.Commitments.Select(c => (Path: SitePaths.Commitment(c.Id), Record: Record(context, "commitment", c.Id, c.Title, SitePaths.Commitment(c.Id)), Shows: RecordKey.Commitment(c.Id))))
            .Concat(model.Recommendations.Select(r =>
            {
                var path = SitePaths.Recommendation(model.RecommendationSlug[r.Id]);
                return (Path: path, Record: Record(context, "recommendation", r.Id, titles.Of(r), path), Shows: RecordKey.Recommendation(r.Id));
            }));
        foreach (var (path, record, shows) in records)
        {
            var dependencies = PageDependencies.On([shows]);
            yield return new FileJob(CitationPaths.BibTex(path), stream => Write(stream, BibTex.Entry(record))) { Shows = dependencies };
            yield return new FileJob(CitationPaths.Ris(path), stream => Write(stream, Ris.Entry(record))) { Shows = dependencies };
        }
    }

    private static CitationRecord Record(PublishingContext context, string kind, string id, string title, string path)
    {
        var canonical = context.Urls.Canonical(path);
        var absolute = Uri.TryCreate(canonical, UriKind.Absolute, out var address) && address.Scheme is "http" or "https";
        var asOf = Format.Date(context.Model.AsOf);
        return new CitationRecord
        {
            Key = BibTex.Key(kind, id),
            Title = title,
            Author = context.Author,
            Website = context.SiteTitle,
            Year = context.Model.AsOf.Year,
            Url = absolute ? canonical : null,
            Note = absolute
                ? context.Strings.Format("cite.file-note", asOf)
                : context.Strings.Format("cite.file-note-path", asOf, canonical),
        };
    }

    private static void Write(Stream stream, string text)
    {
        var bytes = new UTF8Encoding(false).GetBytes(text);
        stream.Write(bytes);
    }
}
