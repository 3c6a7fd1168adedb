using Portal.Domain.Changes;
using Portal.Domain.Reporting;
using Portal.Publishing;
using Portal.Rendering;
using Portal.Rendering.Pages;
using Portal.Rendering.Titles;

namespace Portal.OpenData;

/// <summary>
/// Beside each dashboard of local action, a CSV of exactly its rows (all of them, on every page of it), with the
/// columns of local-action.csv: the drafters of a State's report get the table of one review without filtering.
/// </summary>
internal sealed class LocalActionFiles : IFileSource
{
    public IEnumerable<FileJob> Files(PublishingContext context)
    {
        var model = context.Model;
        var titles = new RecommendationTitles(context.Strings);
        var byState = LocalAction.ByState(model);
        foreach (var scope in LocalActionScopes.Of(model))
        {
            yield return new FileJob(SitePaths.LocalActionCsv(scope.Country, scope.Mechanism, scope.Cycle), stream =>
            {
                var rows = byState[scope.Country].Where(row => scope.Covers(row.Recommendation)).ToList();
                CsvTableWriter.Write(LocalActionRecords.Table(context.Urls, titles, model, rows), stream);
            })
            {
                Shows = PageDependencies.On([RecordKey.Country(scope.Country)]),
            };
        }
    }
}
