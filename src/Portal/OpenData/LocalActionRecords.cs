using Portal.Domain.Model;
using Portal.Domain.Reporting;
using Portal.Rendering;
using Portal.Rendering.Templates;
using Portal.Rendering.Titles;

namespace Portal.OpenData;

/// <summary>
/// local-action.csv: the rows of every State's dashboard, one per (recommendation, commitment) pair, States by code
/// and each State's rows in the dashboard's order, with the commitment's latest progress report. The same columns
/// serve the CSV beside each dashboard page, which holds exactly that page's rows.
/// </summary>
internal static class LocalActionRecords
{
    public const string Name = "local-action";

    public static DataTable<LocalActionRow> Table(PortalModel model, UrlBuilder urls, RecommendationTitles titles) =>
        Table(urls, titles, model, [.. LocalAction.ByState(model).Values.SelectMany(rows => rows)]);

    public static DataTable<LocalActionRow> Table(UrlBuilder urls, RecommendationTitles titles, PortalModel model, IReadOnlyList<LocalActionRow> rows)
    {
        var columns = new ColumnList<LocalActionRow>()
            .Text("country", r => r.Recommendation.Country)
            .Text("recommendation", r => r.Recommendation.Id)
            .Text("title", r => titles.Of(r.Recommendation))
            .Text("mechanism", r => r.Recommendation.Mechanism)
            .Integer("cycle", r => ReviewCycle.Of(r.Recommendation))
            .Text("symbol", r => r.Recommendation.Symbol)
            .Text("paragraph", r => r.Recommendation.Paragraph)
            .Text("city", r => r.City.Id)
            .Text("city_name", r => r.City.Name)
            .Text("commitment", r => r.Commitment.Id)
            .Text("commitment_title", r => r.Commitment.Title)
            .Word("verdict", Vocabularies.Verdict, r => r.Verdict)
            .Date("latest_date", r => r.LatestReport?.Date)
            .Number("latest_value", r => r.LatestReport?.Value)
            .Text("unit", r => r.Commitment.Indicator?.Unit)
            .Text("latest_note", r => r.LatestReport?.Note)
            .Text("source", r => r.LatestReport?.Source ?? r.Commitment.Source)
            .Text("recommendation_page", r => urls.Canonical(SitePaths.Recommendation(model.RecommendationSlug[r.Recommendation.Id])))
            .Text("commitment_page", r => urls.Canonical(SitePaths.Commitment(r.Commitment.Id)))
            .Text("dashboard", r => urls.Canonical(SitePaths.LocalAction(r.Recommendation.Country, r.Recommendation.Mechanism, ReviewCycle.Of(r.Recommendation))));
        return new DataTable<LocalActionRow>(
            Name,
            columns,
            rows,
            ["recommendation", "commitment"],
            [
                new ForeignKey("recommendation", RecommendationRecords.Name, "id"),
                new ForeignKey("city", CityRecords.Name, "id"),
                new ForeignKey("commitment", CommitmentRecords.Name, "id"),
            ]);
    }
}
