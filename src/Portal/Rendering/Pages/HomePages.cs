using Portal.Domain.Model;
using Portal.Rendering.Listings;
using Portal.Rendering.Templates;
using Portal.Rendering.Views;

namespace Portal.Rendering.Pages;

/// <summary>The home page: what the portal is, headline figures, the cities, the latest updates.</summary>
internal sealed class HomePages : IPageSource
{
    public const int LatestUpdates = 8;

    private static readonly string AchievedCommitments =
        SitePaths.ListingValue(CommitmentListing.Definition.Root, CommitmentListing.StatusFacet, CommitmentListing.StatusSlug(CommitmentStatus.Achieved));

    public IEnumerable<PageJob> Pages(ViewFactory views)
    {
        yield return new PageJob(SitePaths.Home, "home", () => Page(views));
    }

    private static HomePageView Page(ViewFactory views)
    {
        var model = views.Model;
        var strings = views.Strings;
        var achieved = model.Evaluation.Values.Count(e => e.Status == CommitmentStatus.Achieved);
        return new HomePageView
        {
            Title = strings["home.title"],
            Description = strings["site.description"],
            Path = SitePaths.Home,
            Canonical = views.Urls.Canonical(SitePaths.Home),
            Kind = "home",
            LastUpdated = model.LastUpdated?.ToString(),
            Headlines =
            [
                new("cities", strings["home.cities"], Format.Number(model.Cities.Count), views.Urls.Path(SitePaths.Cities)),
                new("commitments", strings["home.commitments"], Format.Number(model.Commitments.Count), views.Urls.Path(SitePaths.Commitments)),
                new("achieved", strings["home.achieved"], Format.Number(achieved), views.Urls.Path(achieved > 0 ? AchievedCommitments : SitePaths.Commitments)),
                new("recommendations", strings["home.recommendations"], Format.Number(model.Recommendations.Count), views.Urls.Path(SitePaths.Recommendations)),
                new("countries", strings["home.countries"], Format.Number(model.Countries.Count), views.Urls.Path(SitePaths.Countries)),
            ],
            ByVerdict = views.VerdictCounts(model.Evaluation.Values.Select(e => e.Verdict)),
            Cities = [.. model.Cities.Select(views.CityCard)],
            Updates = Updates(views),
        };
    }

    /// <summary>News and progress reports together, newest first.</summary>
    private static IReadOnlyList<UpdateView> Updates(ViewFactory views)
    {
        var model = views.Model;
        var news = model.News.Select(n => (Date: n.Date, View: new UpdateView(
            n.Date?.ToString() ?? string.Empty, n.Title, views.Urls.Path(SitePaths.NewsItem(n.Slug)), n.Description)));
        var reports = model.Commitments.SelectMany(c => model.Evaluation[c.Id].History.Select(r => (Date: (PartialDate?)r.Date, View: new UpdateView(
            r.Date.ToString(),
            views.Strings.Format("home.progress-update", BidiIsolation.Characters(model.CityById[c.CityId].Name), BidiIsolation.Characters(c.Title)),
            views.Urls.Path(SitePaths.Commitment(c.Id)) + "#history",
            r.Note))));
        return [.. news.Concat(reports)
            .OrderByDescending(u => u.Date)
            .ThenBy(u => u.View.Title, StringComparer.Ordinal)
            .Take(LatestUpdates)
            .Select(u => u.View)];
    }
}
