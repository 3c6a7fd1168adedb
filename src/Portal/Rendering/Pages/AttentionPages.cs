using Portal.Domain.Methodology;
using Portal.Domain.Model;
using Portal.Rendering.Formatting;
using Portal.Rendering.Views;

namespace Portal.Rendering.Pages;

/// <summary>
/// /commitments/attention/&lt;verdict&gt;/: the overdue, behind and no-recent-data commitments of every city, the
/// latest or the longest silent first. Each page's rows are also published as CSV beside it.
/// </summary>
internal sealed class AttentionPages : IPageSource
{
    public IEnumerable<PageJob> Pages(ViewFactory views)
    {
        foreach (var verdict in NeedsAttention.Verdicts)
        {
            yield return new PageJob(SitePaths.Attention(Vocabularies.Verdict.WordOf(verdict)), "attention", () => Page(views, verdict));
        }
    }

    private static AttentionPageView Page(ViewFactory views, Verdict verdict)
    {
        var strings = views.Strings;
        var model = views.Model;
        var term = views.Verdict(verdict);
        var path = SitePaths.Attention(term.Key);
        var rows = NeedsAttention.Of(verdict, model.Commitments, model.Evaluation);
        return new AttentionPageView
        {
            Title = strings.Format("attention.title", term.Label),
            Description = strings[$"attention.intro.{term.Key}"],
            Path = path,
            Canonical = views.Urls.Canonical(path),
            Kind = "attention",
            LastUpdated = model.LastUpdated?.ToString(),
            Breadcrumbs = [views.Crumb("nav.home", SitePaths.Home), views.Crumb("nav.commitments", SitePaths.Commitments)],
            Verdict = term,
            Intro = strings[$"attention.intro.{term.Key}"],
            Rows = [.. rows.Select(c => new AttentionRowView(views.CommitmentItem(c), How(views, c, model.Evaluation[c.Id])))],
            Csv = new LinkView(strings.Format("attention.csv", term.Label), views.Urls.Path(SitePaths.AttentionCsv(term.Key))),
            Tabs = [.. NeedsAttention.Verdicts.Select(v => Tab(views, v, v == verdict))],
        };
    }

    private static AttentionTabView Tab(ViewFactory views, Verdict verdict, bool isCurrent)
    {
        var term = views.Verdict(verdict);
        var count = views.Model.Evaluation.Values.Count(e => e.Verdict == verdict);
        return new AttentionTabView(term.Label, views.Urls.Path(SitePaths.Attention(term.Key)), count, isCurrent);
    }

    /// <summary>The figure the page is sorted by, in words.</summary>
    private static string How(ViewFactory views, Commitment commitment, CommitmentEvaluation evaluation)
    {
        var strings = views.Strings;
        var dates = new DateFormatter(strings);
        return evaluation.Verdict switch
        {
            Verdict.Overdue => strings.Format("attention.days-past-due", Format.Number(evaluation.DaysPastDue ?? 0), commitment.Due is { } missed ? dates.Text(missed) : string.Empty),
            Verdict.NoRecentData when evaluation.DaysSinceActivity is { } days =>
                strings.Format("attention.days-since-report", Format.Number(days), evaluation.LastActivity is { } last ? dates.Text(last) : string.Empty),
            Verdict.NoRecentData => strings["attention.never-reported"],
            _ when commitment.Due is { } due => strings.Format("attention.due", dates.Text(due)),
            _ => strings["commitment.no-due"],
        };
    }
}
