using Portal.Domain.Changes;
using Portal.Domain.Methodology;
using Portal.Domain.Model;
using Portal.Domain.Reporting;
using Portal.Rendering.Formatting;
using Portal.Rendering.Links;
using Portal.Rendering.Listings;
using Portal.Rendering.Titles;
using Portal.Rendering.Views;

namespace Portal.Rendering.Pages;

/// <summary>
/// /countries/&lt;iso3&gt;/local-action/ and below it one page per mechanism and per review: what cities have done
/// on the recommendations addressed to a State, for its national mechanism. One page per scope of
/// <see cref="LocalActionScopes"/>, so that the annexes, built for the same scopes, sit beside them.
/// </summary>
internal sealed class LocalActionPages : IPageSource
{
    /// <summary>
    /// Rows per page. A few hundred rows are about 300 kB of HTML; a State with thousands of pairs gets pages of this
    /// many, and its CSV beside the first page holds them all.
    /// </summary>
    public const int PageSize = 200;

    public IEnumerable<PageJob> Pages(ViewFactory views)
    {
        var model = views.Model;
        var byState = LocalAction.ByState(model);
        foreach (var scope in LocalActionScopes.Of(model))
        {
            var rows = byState[scope.Country].Where(row => scope.Covers(row.Recommendation)).ToList();
            var summary = new Lazy<LocalActionSummary>(() => LocalActionSummary.Of(model, [.. InScope(model, scope)]));
            var first = SitePaths.LocalAction(scope.Country, scope.Mechanism, scope.Cycle);
            var count = Math.Max(1, (rows.Count + PageSize - 1) / PageSize);
            for (var number = 1; number <= count; number++)
            {
                var page = number;
                // Rendered after the files, so that it links to the annexes the build wrote, and only to those.
                yield return new PageJob(SitePaths.ListingPage(first, page), "local-action", () => Page(views, scope, rows, summary.Value, page, count))
                {
                    ListsFiles = true,
                    // An edit to a commitment or its progress reaches the States of its city and its recommendations.
                    Shows = () => PageDependencies.On([RecordKey.Country(scope.Country)]),
                };
            }
        }
    }

    /// <summary>The recommendations of one scope, acted on or not, for its counts: the State's, filtered, in any order.</summary>
    private static IEnumerable<Recommendation> InScope(PortalModel model, LocalActionScope scope) =>
        model.RecommendationsByCountry[scope.Country].Where(scope.Covers);

    private static LocalActionPageView Page(
        ViewFactory views, LocalActionScope scope, IReadOnlyList<LocalActionRow> rows, LocalActionSummary summary, int page, int count)
    {
        var strings = views.Strings;
        var first = SitePaths.LocalAction(scope.Country, scope.Mechanism, scope.Cycle);
        var path = SitePaths.ListingPage(first, page);
        var heading = Heading(views, scope);
        var slice = rows.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        return new LocalActionPageView
        {
            Title = count == 1 ? heading : strings.Format("listing.page-title", heading, page, count),
            Description = strings.Format("local-action.description", views.CountryName(scope.Country)),
            Path = path,
            Canonical = views.Urls.Canonical(path),
            Kind = "local-action",
            LastUpdated = views.Model.LastUpdated?.ToString(),
            Breadcrumbs = Breadcrumbs(views, scope, atFirstPage: page == 1),
            Crumb = page == 1 ? Crumb(views, scope) : strings.Format("listing.page-label", page),
            Country = views.CountryName(scope.Country),
            ScopeName = scope.Mechanism is null
                ? views.CountryName(scope.Country)
                : strings.Format("local-action.scope-name", views.CountryName(scope.Country), Review(views, scope.Mechanism, scope.Cycle)),
            Intro = strings.Format("local-action.intro", views.CountryName(scope.Country)),
            Recommendations = summary.Total.Recommendations,
            WithLocalAction = summary.Total.WithLocalAction,
            Pairs = summary.Total.Pairs,
            Verdicts = [.. summary.Total.Verdicts.Select(v => Verdict(views, v))],
            Rows = [.. slice.Select(row => Row(views, row))],
            First = (page - 1) * PageSize + 1,
            Last = (page - 1) * PageSize + slice.Count,
            Pagination = Pagination.Of(views, first, page, count),
            Csv = new LinkView(Path.GetFileName(SitePaths.LocalActionCsv(scope.Country, scope.Mechanism, scope.Cycle)), views.Urls.Path(SitePaths.LocalActionCsv(scope.Country, scope.Mechanism, scope.Cycle))),
            AnnexHtml = Annex(views, SitePaths.AnnexHtml(scope.Country, scope.Mechanism, scope.Cycle), "local-action.annex-html"),
            AnnexDocx = Annex(views, SitePaths.AnnexDocx(scope.Country, scope.Mechanism, scope.Cycle), "local-action.annex-docx"),
            Narrower = scope.Cycle is null ? Narrower(views, scope, summary) : [],
            VerdictColumns = [.. Enum.GetValues<Verdict>().Select(views.Verdict)],
            ByMechanism = scope.Mechanism is null ? [.. summary.ByMechanism.Select(m => Tally(m.Mechanism, Url(views, new LocalActionScope(scope.Country, m.Mechanism)), m.Tally))] : [],
            ByReview = scope.Cycle is null ? [.. summary.ByReview.Select(r => Tally(ReviewRow(views, r), ReviewUrl(views, scope.Country, r), r.Tally))] : [],
            ByTheme = [.. summary.ByTheme.Select(t => Tally(t.Theme is null ? strings["local-action.no-theme"] : views.ThemeLabel(t.Theme), null, t.Tally))],
        };
    }

    /// <summary>The dashboards below a State's or a mechanism's, from its counts: those with at least one local action.</summary>
    private static IReadOnlyList<LocalActionNarrowView> Narrower(ViewFactory views, LocalActionScope scope, LocalActionSummary summary) =>
        [.. summary.ByMechanism
            .Where(m => m.Tally.Pairs > 0)
            .Select(m => new LocalActionNarrowView(
                scope.Mechanism is null ? new ChoiceView(m.Mechanism, Url(views, new LocalActionScope(scope.Country, m.Mechanism)), m.Tally.Pairs, false) : null,
                [.. summary.ByReview
                    .Where(r => r.Cycle is not null && r.Tally.Pairs > 0 && string.Equals(r.Mechanism, m.Mechanism, StringComparison.Ordinal))
                    .Select(r => new ChoiceView(Review(views, r.Mechanism, r.Cycle), Url(views, new LocalActionScope(scope.Country, r.Mechanism, r.Cycle)), r.Tally.Pairs, false))]))
            .Where(group => group.Mechanism is not null || group.Reviews.Count > 0)];

    /// <summary>"Spain: local action", "Spain: UPR — local action", "Spain: UPR cycle 4 — local action", "Spain: CEDAW 2022 — local action".</summary>
    private static string Heading(ViewFactory views, LocalActionScope scope)
    {
        var country = views.CountryName(scope.Country);
        return scope.Mechanism is null
            ? views.Strings.Format("local-action.title", country)
            : views.Strings.Format("local-action.title-scoped", country, Review(views, scope.Mechanism, scope.Cycle));
    }

    /// <summary>Home / Countries / Spain / Local action / UPR / Cycle 4: every level above the page, linked.</summary>
    private static IReadOnlyList<LinkView> Breadcrumbs(ViewFactory views, LocalActionScope scope, bool atFirstPage)
    {
        var crumbs = new List<LinkView>
        {
            views.Crumb("nav.home", SitePaths.Home),
            views.Crumb("nav.countries", SitePaths.Countries),
            views.CountryLink(scope.Country),
        };
        var levels = new List<LocalActionScope> { new(scope.Country) };
        if (scope.Mechanism is not null)
        {
            levels.Add(new(scope.Country, scope.Mechanism));
        }

        if (scope.Cycle is not null)
        {
            levels.Add(scope);
        }

        // The page's own level is its last crumb, unlinked, unless this is a later page of it.
        var linked = atFirstPage ? levels.Take(levels.Count - 1) : levels;
        crumbs.AddRange(linked.Select(level => new LinkView(Crumb(views, level), Url(views, level))));
        return crumbs;
    }

    private static string Crumb(ViewFactory views, LocalActionScope scope) => scope switch
    {
        { Mechanism: null } => views.Strings["local-action.crumb"],
        { Cycle: null } => scope.Mechanism,
        _ => ReviewCycle.IsUpr(scope.Mechanism) ? views.Strings.Format("local-action.crumb-cycle", scope.Cycle) : scope.Cycle.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Url(ViewFactory views, LocalActionScope scope) => views.Urls.Path(SitePaths.LocalAction(scope.Country, scope.Mechanism, scope.Cycle));

    private static string? ReviewUrl(ViewFactory views, string country, ReviewTally review) =>
        review.Cycle is null || review.Tally.Pairs == 0 ? null : Url(views, new LocalActionScope(country, review.Mechanism, review.Cycle));

    /// <summary>"UPR cycle 4", "CEDAW 2022"; the mechanism alone when the review is not known.</summary>
    internal static string Review(ViewFactory views, string mechanism, int? cycle) => cycle switch
    {
        null => mechanism,
        { } c when ReviewCycle.IsUpr(mechanism) => views.Strings.Format("local-action.review-upr", mechanism, c),
        { } c => views.Strings.Format("local-action.review-year", mechanism, c),
    };

    /// <summary>A review in a count table; recommendations that give none are counted apart and say so.</summary>
    private static string ReviewRow(ViewFactory views, ReviewTally review) =>
        review.Cycle is null ? views.Strings.Format("local-action.review-unknown", review.Mechanism) : Review(views, review.Mechanism, review.Cycle);

    private static LocalActionTallyView Tally(string label, string? url, LocalActionTally tally) =>
        new(label, tally.Pairs == 0 ? null : url, tally.Recommendations, tally.WithLocalAction, tally.Pairs, [.. tally.Verdicts.Select(v => v.Count)]);

    private static VerdictCountView Verdict(ViewFactory views, VerdictCount count)
    {
        var term = views.Verdict(count.Verdict);
        return new VerdictCountView(term.Key, term.Label, count.Count, null);
    }

    private static LocalActionRowView Row(ViewFactory views, LocalActionRow row)
    {
        var latest = row.LatestReport;
        var unit = row.Commitment.Indicator?.Unit;
        var item = views.RecommendationItem(row.Recommendation);
        var citation = RecommendationCitation.Of(row.Recommendation, views.Strings);
        return new LocalActionRowView(
            item,
            // A treaty body's title already ends with its symbol and paragraph; a second line would only repeat it.
            citation is not null && item.Title.EndsWith(citation, StringComparison.Ordinal) ? null : citation,
            Review(views, row.Recommendation.Mechanism, ReviewCycle.Of(row.Recommendation)),
            views.CommitmentItem(row.Commitment),
            latest?.Value is { } value ? $"{Format.Number(value)} {unit}".Trim() : null,
            latest?.Note,
            latest?.Date.ToString(),
            SourceLink(latest?.Source ?? row.Commitment.Source));
    }

    /// <summary>A source is named by its host, which says whose it is: "valdeserra.example.org".</summary>
    private static LinkView? SourceLink(string? source) =>
        SafeLink.OrNothing(source?.Trim()) is { } url
            ? new LinkView(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host : url, url)
            : null;

    /// <summary>A link to an annex only when the build wrote it, with its size, so a reader on a phone knows what comes.</summary>
    private static LinkView? Annex(ViewFactory views, string sitePath, string key) =>
        views.FileSizes.TryGetValue(sitePath, out var size)
            ? new LinkView(views.Strings.Format(key, FileSizeText.Of(views.Strings, size)), views.Urls.Path(sitePath))
            : null;
}
