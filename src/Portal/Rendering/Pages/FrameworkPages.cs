using Portal.Domain.Model;
using Portal.Rendering.Views;

namespace Portal.Rendering.Pages;

/// <summary>/framework/: the pillars and elements of the Guidance framework, and where each city stands on them.</summary>
internal sealed class FrameworkPages : IPageSource
{
    public IEnumerable<PageJob> Pages(ViewFactory views)
    {
        yield return new PageJob(SitePaths.Framework, "framework", () => Page(views));
    }

    private static FrameworkPageView Page(ViewFactory views) => new()
    {
        Title = views.Strings["framework.title"],
        Description = views.Strings["framework.description"],
        Path = SitePaths.Framework,
        Canonical = views.Urls.Canonical(SitePaths.Framework),
        Kind = "framework",
        Breadcrumbs = [views.Crumb("nav.home", SitePaths.Home)],
        CityCount = views.Model.Cities.Count,
        Pillars = Pillars(views),
        Coverage = views.Coverage.For(views.Model.Cities),
    };

    private static IReadOnlyList<PillarView> Pillars(ViewFactory views)
    {
        var numbers = views.Coverage.NumberedElements().ToDictionary(e => e.Element.Id, e => e.Number, StringComparer.Ordinal);
        return [.. views.Model.Pillars.Select(p => new PillarView(p.Name, Slug.FromText(p.Name), [.. p.Elements.Select(e => Element(views, e, numbers[e.Id]))]))];
    }

    private static ElementView Element(ViewFactory views, FrameworkElement element, int number)
    {
        var assessments = views.Model.AssessmentsByElement[element.Id].ToList();
        return new ElementView
        {
            Number = number,
            Id = element.Id,
            Title = element.Title,
            Description = element.Description,
            ByStatus = [.. Enum.GetValues<AssessmentStatus>().Select(status =>
            {
                var term = views.Assessment(status);
                var count = assessments.Count(a => a.Status == status);
                return new StatusCountView(term.Key, term.Label, count, views.Model.Cities.Count == 0 ? 0 : Format.Percent(100.0 * count / views.Model.Cities.Count));
            })],
            CitiesInPlace = [.. assessments
                .Where(a => a.Status == AssessmentStatus.InPlace)
                .Select(a => views.Model.CityById[a.CityId])
                .OrderBy(c => c.Name, NameOrder.Comparer)
                .Select(views.CityLink)],
            Commitments = views.Model.CommitmentsByElement[element.Id].Count(),
        };
    }
}
