using Portal.Domain.Model;
using Portal.Domain.Reporting;
using Portal.Publishing;
using Portal.Rendering;

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
            Shows = Rendering.Pages.PageDependencies.Nothing,
        };
        foreach (var scope in Scopes(context.Model))
        {
            var document = new Lazy<Domain.Reporting.Annex.AnnexDocument>(() => composer.Document(scope), LazyThreadSafetyMode.ExecutionAndPublication);
            yield return new FileJob(SitePaths.AnnexHtml(scope.Country, scope.Mechanism, scope.Cycle), stream => composer.WriteForSite(document.Value, AnnexFormat.Html, stream));
            yield return new FileJob(SitePaths.AnnexDocx(scope.Country, scope.Mechanism, scope.Cycle), stream => composer.WriteForSite(document.Value, AnnexFormat.Docx, stream));
        }
    }

    // TODO(merge): replace with LocalActionScopes.Of(model) from src/Portal.Domain/Reporting/, which the dashboard's
    // branch adds; this private stand-in has the same signature and meaning, so the merge swaps one call.
    internal static IReadOnlyList<LocalActionScope> Scopes(PortalModel model) => LocalActionScopesStandIn.Of(model);
}
