using Portal.Domain.Methodology;
using Portal.Domain.Model;
using Portal.Publishing;
using Portal.Rendering;

namespace Portal.Feeds;

/// <summary>
/// The entries of the feeds: a city's progress reports and news items. An entry's id comes from what it is about
/// (the commitment, the report's date and its place among that day's reports; the news item's file name), so it
/// stays the same from build to build and when other reports are added.
/// </summary>
internal sealed class FeedEntries(PublishingContext context)
{
    private PortalModel Model => context.Model;

    /// <summary>The entries of a commitment's reports, from a date on when one is given.</summary>
    public IEnumerable<AtomEntry> Progress(Commitment commitment, PartialDate? since = null)
    {
        var history = Model.Evaluation[commitment.Id].History;
        if (since is { } first && history.All(r => r.Date < first))
        {
            return [];
        }

        var city = Model.CityById[commitment.CityId];
        var url = context.Urls.Canonical(SitePaths.Commitment(commitment.Id)) + "#history";
        var title = context.Strings.Format("feed.progress-title", city.Name, commitment.Title);
        var verdicts = ReportVerdicts.Of(commitment, history);
        return history
            .Select((report, i) => (Report: report, Verdict: verdicts[i]))
            .Where(r => since is null || r.Report.Date >= since)
            .GroupBy(r => r.Report.Date)
            .SelectMany(day => day.Select((r, i) => new AtomEntry(
                FeedIds.Of($"progress/{commitment.Id}/{r.Report.Date}/{i + 1}"),
                title,
                r.Report.Date,
                url,
                city.Name,
                Summary(commitment, r.Report, r.Verdict))));
    }

    public AtomEntry? News(ContentPage item) => item.Date is { } date
        ? new AtomEntry(FeedIds.Of($"news/{item.Slug}"), item.Title, date, context.Urls.Canonical(SitePaths.NewsItem(item.Slug)), context.Author, item.Description)
        : null;

    /// <summary>What the report says, in words: its change of status, its value, its note, and the verdict it left.</summary>
    private string Summary(Commitment commitment, ProgressReport report, Verdict verdict)
    {
        var strings = context.Strings;
        var parts = new List<string>();
        if (report.Status is { } status)
        {
            parts.Add(strings.Format("feed.status", strings[$"status.{Vocabularies.CommitmentStatus.WordOf(status)}"]));
        }

        if (report.Value is { } value)
        {
            parts.Add(commitment.Indicator?.Unit is { } unit
                ? strings.Format("feed.value-with-unit", Format.Number(value), unit)
                : strings.Format("feed.value", Format.Number(value)));
        }

        if (report.Note is { } note)
        {
            parts.Add(note);
        }

        parts.Add(strings.Format("feed.verdict", strings[$"verdict.{Vocabularies.Verdict.WordOf(verdict)}"]));
        return string.Join(" ", parts);
    }
}
