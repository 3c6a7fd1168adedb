using Portal.Domain.Model;
using Portal.Rendering;
using Portal.Rendering.Templates;
using Portal.Rendering.Titles;

namespace Portal.OpenData;

/// <summary>recommendations.csv as published: the columns of the data contract (the title as written, else as made from the data), its page, and how many cities act on it.</summary>
internal static class RecommendationRecords
{
    public const string Name = "recommendations";

    public static DataTable<Recommendation> Table(PortalModel model, UrlBuilder urls, RecommendationTitles titles)
    {
        var columns = new ColumnList<Recommendation>()
            .Text("id", r => r.Id)
            .Text("text", r => r.Text)
            .Text("country", r => r.Country)
            .Text("mechanism", r => r.Mechanism)
            .Text("body", r => r.Body)
            .Text("symbol", r => r.Symbol)
            .Text("paragraph", r => r.Paragraph)
            .Integer("cycle", r => r.Cycle)
            .Text("session", r => r.Session)
            .Date("date", r => r.Date)
            .Text("recommending_state", r => r.RecommendingState)
            .Word("response", Vocabularies.Response, r => r.Response)
            .List("themes", r => r.Themes)
            .List("sdgs", r => r.Sdgs)
            .List("affected_persons", r => r.AffectedPersons)
            .Text("url", r => r.Url)
            .Text("title", titles.Of)
            .Text("page", r => urls.Canonical(SitePaths.Recommendation(model.RecommendationSlug[r.Id])))
            .Integer("cities_acting", r => model.CitiesActingOn(r.Id));
        return new DataTable<Recommendation>(Name, columns, model.Recommendations, ["id"]);
    }
}
