using Portal.Domain.Methodology;
using Portal.Domain.Model;
using Portal.Rendering;
using Portal.Rendering.Templates;

namespace Portal.OpenData;

/// <summary>cities.csv as published: the columns of the data contract, then the figures the city's page shows.</summary>
internal static class CityRecords
{
    public const string Name = "cities";

    public static DataTable<City> Table(PortalModel model, UrlBuilder urls)
    {
        CitySummary Summary(City c) => model.CitySummary[c.Id];
        var columns = new ColumnList<City>()
            .Text("id", c => c.Id)
            .Text("name", c => c.Name)
            .Text("country", c => c.Country)
            .Text("level", c => c.Level)
            .Integer("population", c => c.Population)
            .Number("latitude", c => c.Latitude)
            .Number("longitude", c => c.Longitude)
            .Text("website", c => c.Website)
            .Date("declared", c => c.Declared)
            .List("networks", c => c.Networks)
            .Text("summary", c => c.Summary)
            .Text("page", c => urls.Canonical(SitePaths.City(c.Id)))
            .Integer("commitments_total", c => Summary(c).Total)
            .Integer("commitments_achieved", c => Summary(c).Achieved)
            .Number("share_achieved", c => Summary(c).ShareAchieved, decimals: 2)
            .Integer("commitments_overdue", c => Summary(c).Overdue)
            .Integer("commitments_stale", c => Summary(c).Stale);
        foreach (var verdict in Enum.GetValues<Verdict>())
        {
            columns.Integer(VerdictColumn(verdict), c => Summary(c).ByVerdict.Single(n => n.Verdict == verdict).Count);
        }
        columns
            .Integer("elements_in_place", c => Summary(c).ElementsInPlace)
            .Integer("elements_total", c => Summary(c).ElementsTotal)
            .Date("last_activity", c => model.CityLastUpdated(c.Id));
        return new DataTable<City>(Name, columns, [.. model.Cities.OrderBy(c => c.Row.Line)], ["id"]);
    }

    /// <summary>The column counting a city's commitments with this verdict: the figures its page shows by verdict.</summary>
    public static string VerdictColumn(Verdict verdict) => "verdict_" + Vocabularies.Verdict.WordOf(verdict).Replace('-', '_');
}
