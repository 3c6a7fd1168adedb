using Portal.Domain.Changes;
using Portal.Domain.Methodology;
using Portal.Domain.Model;
using Portal.OpenData;
using Portal.Rendering.Charts;
using Portal.Rendering.Formatting;
using Portal.Rendering.Links;
using Portal.Rendering.Templates;
using Portal.Rendering.Views;

namespace Portal.Rendering.Pages;

/// <summary>/commitments/&lt;id&gt;/: one page a commitment. The lists are <see cref="Listings.CommitmentListing"/>.</summary>
internal sealed class CommitmentPages : IPageSource
{
    public IEnumerable<PageJob> Pages(ViewFactory views)
    {
        foreach (var commitment in views.Model.Commitments)
        {
            yield return new PageJob(SitePaths.Commitment(commitment.Id), "commitment", () => Page(views, commitment))
            {
                Shows = () => PageDependencies.On(commitment.RecommendationIds.Select(RecordKey.Recommendation).Append(RecordKey.Commitment(commitment.Id))),
            };
        }
    }

    private static CommitmentPageView Page(ViewFactory views, Commitment commitment)
    {
        var model = views.Model;
        var evaluation = model.Evaluation[commitment.Id];
        var city = model.CityById[commitment.CityId];
        var path = SitePaths.Commitment(commitment.Id);
        return new CommitmentPageView
        {
            Title = commitment.Title,
            Description = views.Strings.Format("commitment.meta-description", BidiIsolation.Characters(city.Name), views.Verdict(evaluation.Verdict).Label),
            Path = path,
            Canonical = views.Urls.Canonical(path),
            Kind = "commitment",
            LastUpdated = evaluation.LastActivity?.ToString(),
            Breadcrumbs =
            [
                views.Crumb("nav.home", SitePaths.Home),
                views.Crumb("nav.cities", SitePaths.Cities),
                views.CityLink(city),
            ],
            Commitment = views.CommitmentItem(commitment),
            Details = views.Markdown.Render(commitment.Description),
            Department = commitment.Department,
            Start = commitment.Start?.ToString(),
            Updated = commitment.Updated?.ToString(),
            DeclaredStatus = views.Status(commitment.Status),
            StatusSetOn = evaluation.StatusReport?.Date.ToString(),
            BandAsOf = evaluation.Indicator.Band == OnTrackBand.NotAssessable ? null : evaluation.LatestValueDate?.ToString(),
            LastActivity = evaluation.LastActivity?.ToString(),
            Themes = views.ThemeLabels(commitment.Themes),
            Sdgs = commitment.Sdgs,
            Indicator = commitment.Indicator is { } indicator ? Indicator(views, commitment, indicator, evaluation) : null,
            History = [.. evaluation.History.Select(r => new HistoryRowView(
                r.Date.ToString(),
                r.Status is { } s ? views.Status(s) : null,
                r.Value is { } v ? Format.Number(v) : null,
                r.Note,
                SafeLink.OrNothing(r.Source),
                views.Provenance(ProgressRecords.Name, r.Row, r.Source)))],
            Recommendations = [.. commitment.RecommendationIds.Select(id => views.RecommendationItem(model.RecommendationById[id]))],
            Framework = [.. commitment.FrameworkIds.Select(id => views.ElementLink(model.ElementById[id]))],
            Provenance = views.Provenance(CommitmentRecords.Name, commitment.Row, commitment.Source),
            Search = views.SearchEntry(commitment),
        };
    }

    private static IndicatorView Indicator(ViewFactory views, Commitment commitment, Indicator indicator, CommitmentEvaluation evaluation)
    {
        var progress = evaluation.Indicator;
        var values = evaluation.History.Where(r => r.Value is not null).ToList();
        return new IndicatorView
        {
            Name = indicator.Name,
            Unit = indicator.Unit,
            Baseline = Format.Number(indicator.Baseline),
            BaselineYear = indicator.BaselineYear,
            Target = Format.Number(indicator.Target),
            TargetYear = indicator.TargetYear,
            Latest = values.Count > 0 ? Format.Number(values[^1].Value) : null,
            LatestDate = values.Count > 0 ? values[^1].Date.ToString() : null,
            Percent = progress.Percent is { } p ? Format.Percent(p) : null,
            Band = views.Band(progress.Band),
            Ratio = progress.Ratio is { } r && double.IsFinite(r) ? Format.Invariant(Math.Round(r, 2)) : null,
            Model = progress.Model is { } m ? views.Growth(m) : null,
            Chart = Chart(views, commitment, indicator, values, progress),
            Legend = IndicatorLegend.Render(Labels(views, commitment, indicator, progress)),
            Values = [.. values.Select(r => new ValueRowView(r.Date.ToString(), Format.Number(r.Value), r.Note))],
        };
    }

    private static RawHtml Chart(ViewFactory views, Commitment commitment, Indicator indicator, IReadOnlyList<ProgressReport> values, IndicatorProgress progress)
    {
        if (indicator is not { Baseline: { } baseline, BaselineYear: { } baselineYear })
        {
            return RawHtml.Empty;
        }

        var series = new IndicatorSeries(
            new Observation(ChartTime.StartOf(PartialDate.FromYear(baselineYear)), baseline),
            indicator is { Target: { } t, TargetYear: { } ty } ? new Observation(ChartTime.EndOf(PartialDate.FromYear(ty)), t) : null,
            [.. values.Select(v => new Observation(ChartTime.StartOf(v.Date), v.Value!.Value))])
        {
            Unit = indicator.Unit,
            Markers = Markers(views, commitment),
        };
        return IndicatorChart.Render(
            series,
            Labels(views, commitment, indicator, progress),
            progress.Model ?? (baseline > 0 && indicator.Target > 0 ? GrowthModel.Compound : GrowthModel.Linear));
    }

    /// <summary>The due date and the as-of date, so a reader sees how the values stand against both.</summary>
    private static List<TimeMarker> Markers(ViewFactory views, Commitment commitment)
    {
        var asOf = PartialDate.FromDate(views.Model.AsOf);
        var dates = new DateFormatter(views.Strings);
        var markers = new List<TimeMarker>();
        if (commitment.Due is { } due)
        {
            markers.Add(new TimeMarker("due", ChartTime.EndOf(due), views.Strings.Format("chart.due", dates.Text(due))));
        }

        markers.Add(new TimeMarker("as-of", ChartTime.StartOf(asOf), views.Strings.Format("chart.as-of", dates.Text(asOf))));
        return markers;
    }

    private static ChartLabels Labels(ViewFactory views, Commitment commitment, Indicator indicator, IndicatorProgress progress)
    {
        var strings = views.Strings;
        return new ChartLabels(
            strings.Format("chart.indicator-title", BidiIsolation.Characters(indicator.Name ?? commitment.Title), views.Band(progress.Band).Label),
            strings["chart.baseline"],
            strings["chart.target"],
            strings["chart.value"],
            strings["chart.pace"],
            strings.Format("chart.on-track", Format.Percent(100 * IndicatorAssessor.OnTrackThreshold)));
    }
}
