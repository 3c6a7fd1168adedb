using Portal.Domain.Changes;
using Portal.Domain.Model;
using Portal.Domain.Reporting;
using Portal.Publishing;
using Portal.Rendering;
using Portal.Rendering.Pages;

namespace Portal.Annex;

/// <summary>
/// The annexes the site publishes beside each dashboard of local action: annex.html and annex.docx for every
/// country, mechanism and review with rows, built from the same model as the pages, without a word limit; and the
/// annexes' style sheet, which the site's Content-Security-Policy needs as a file.
/// </summary>
internal sealed class AnnexFiles : IFileSource
{
    public IEnumerable<FileJob> Files(PublishingContext context)
    {
        var composer = new AnnexComposer(context.Model, context.Strings, context.Settings, context.Urls);
        yield return new FileJob(SitePaths.AnnexStyle, stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(HtmlAnnexWriter.Style + "\n")))
        {
            Shows = PageDependencies.Nothing,
        };
        foreach (var scope in Scopes(context.Model))
        {
            var document = new Lazy<Domain.Reporting.Annex.AnnexDocument>(() => composer.Document(scope), LazyThreadSafetyMode.ExecutionAndPublication);
            var shows = Shows(context.Model, scope);
            yield return new FileJob(SitePaths.AnnexHtml(scope.Country, scope.Mechanism, scope.Cycle), stream => composer.WriteForSite(document.Value, AnnexFormat.Html, stream)) { Shows = shows };
            yield return new FileJob(SitePaths.AnnexDocx(scope.Country, scope.Mechanism, scope.Cycle), stream => composer.WriteForSite(document.Value, AnnexFormat.Docx, stream)) { Shows = shows };
        }
    }

    /// <summary>What an annex shows, so that a rebuild writes again only the annexes an edit reaches: its State, and every recommendation, commitment and city of its rows.</summary>
    private static PageDependencies Shows(PortalModel model, LocalActionScope scope) =>
        PageDependencies.On(
            LocalAction.Rows(model, scope).SelectMany(row => new[] { RecordKey.Recommendation(row.Recommendation.Id), RecordKey.Commitment(row.Commitment.Id), RecordKey.City(row.City.Id) })
                .Append(RecordKey.Country(scope.Country.ToUpperInvariant())));

    /// <summary>The scopes of the dashboard pages, so that every dashboard has its annex beside it.</summary>
    internal static IReadOnlyList<LocalActionScope> Scopes(PortalModel model) => LocalActionScopes.Of(model);
}
