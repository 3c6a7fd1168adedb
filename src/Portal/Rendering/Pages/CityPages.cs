using Portal.Domain.Changes;
using Portal.Domain.Model;
using Portal.Feeds;
using Portal.OpenData;
using Portal.Rendering.Links;
using Portal.Rendering.Templates;
using Portal.Rendering.Views;

namespace Portal.Rendering.Pages;

/// <summary>/cities/ and /cities/&lt;id&gt;/.</summary>
internal sealed class CityPages : IPageSource
{
    public IEnumerable<PageJob> Pages(ViewFactory views)
    {
        yield return new PageJob(SitePaths.Cities, "cities", () => Index(views));
        foreach (var city in views.Model.Cities)
        {
            yield return new PageJob(SitePaths.City(city.Id), "city", () => Page(views, city)) { Shows = () => Shows(views, city) };
        }
    }

    /// <summary>The city and the recommendations its commitments answer, whose uptake counts the page shows.</summary>
    private static PageDependencies Shows(ViewFactory views, City city) => PageDependencies.On(
        views.Model.CommitmentsByCity[city.Id]
            .SelectMany(c => c.RecommendationIds)
            .Select(RecordKey.Recommendation)
            .Append(RecordKey.City(city.Id)));

    private static CityIndexView Index(ViewFactory views) => new()
    {
        Title = views.Strings["cities.title"],
        Description = views.Strings["cities.description"],
        Path = SitePaths.Cities,
        Canonical = views.Urls.Canonical(SitePaths.Cities),
        Kind = "cities",
        LastUpdated = views.Model.LastUpdated?.ToString(),
        Breadcrumbs = [views.Crumb("nav.home", SitePaths.Home)],
        Cities = [.. views.Model.Cities.Select(views.CityCard)],
    };

    private static CityPageView Page(ViewFactory views, City city)
    {
        var model = views.Model;
        var path = SitePaths.City(city.Id);
        var commitments = model.CommitmentsByCity[city.Id].ToList();
        return new CityPageView
        {
            Title = city.Name,
            Description = city.Summary,
            Path = path,
            Canonical = views.Urls.Canonical(path),
            Kind = "city",
            LastUpdated = views.LastUpdatedOfCity(city.Id),
            Breadcrumbs = [views.Crumb("nav.home", SitePaths.Home), views.Crumb("nav.cities", SitePaths.Cities)],
            City = views.CityCard(city),
            Population = city.Population is { } p ? Format.Number(p) : null,
            Website = SafeLink.OrNothing(city.Website),
            Declared = city.Declared?.ToString(),
            Networks = city.Networks,
            Latitude = city.Latitude,
            Longitude = city.Longitude,
            Narrative = model.CityNarrative.TryGetValue(city.Id, out var narrative) ? views.Markdown.Render(narrative.Body) : Templates.RawHtml.Empty,
            ThemeGroups = views.ThemeGroups(commitments),
            Assessments = Assessments(views, city),
            Coverage = views.Coverage.For([city]),
            Recommendations = [.. commitments
                .SelectMany(c => c.RecommendationIds)
                .Distinct(StringComparer.Ordinal)
                .Select(id => views.RecommendationItem(model.RecommendationById[id]))],
            News = [.. model.NewsByCity[city.Id].Select(n => new Views.LinkView(n.Title, views.Urls.Path(SitePaths.NewsItem(n.Slug))))],
            Provenance = views.Provenance(CityRecords.Name, city.Row, city.Website),
            Feed = new LinkView(views.Strings.Format("feed.city-title", BidiIsolation.Characters(city.Name)), views.Urls.Path(FeedPaths.City(city.Id))),
            Search = views.SearchEntry(city),
        };
    }

    private static IReadOnlyList<AssessmentRowView> Assessments(ViewFactory views, City city)
    {
        var byElement = views.Model.AssessmentsByCity[city.Id].ToDictionary(a => a.ElementId, StringComparer.Ordinal);
        var coverage = views.Coverage;
        return [.. coverage.NumberedElements().Select(numbered =>
        {
            var element = numbered.Element;
            byElement.TryGetValue(element.Id, out var assessment);
            var cell = coverage.Cell(assessment?.Status);
            return new AssessmentRowView(
                numbered.Number,
                views.ElementLink(element),
                element.Pillar,
                cell.Status,
                cell.Mark,
                assessment?.Note,
                SafeLink.OrNothing(assessment?.Source),
                assessment?.Date?.ToString());
        })];
    }
}
