using System.Collections.Concurrent;
using Portal.Domain.Changes;
using Portal.Domain.Methodology;
using Portal.Domain.Model;
using Portal.OpenData;
using Portal.Rendering.Charts;
using Portal.Rendering.Links;
using Portal.Rendering.Markdown;
using Portal.Rendering.Templates;
using Portal.Rendering.Theme;
using Portal.Rendering.Titles;

namespace Portal.Rendering.Views;

/// <summary>
/// Turns domain records into the views templates read. Views of one record are the same on every page
/// that shows it, so a commitment's badge on a city page and on its own page cannot disagree.
/// </summary>
internal sealed partial class ViewFactory(PortalModel model, UiStrings strings, UrlBuilder urls, MarkdownRenderer markdown)
{
    private readonly ConcurrentDictionary<string, CityCardView> _cityCards = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CommitmentItemView> _commitmentItems = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RecommendationItemView> _recommendationItems = new(StringComparer.Ordinal);
    private readonly RecommendationTitles _recommendationTitles = new(strings);

    public PortalModel Model => model;

    public UiStrings Strings => strings;

    public UrlBuilder Urls => urls;

    public MarkdownRenderer Markdown => markdown;

    public RecommendationTitles RecommendationTitles => _recommendationTitles;

    /// <summary>The size of each file written before the pages, by site path, for the pages that list them.</summary>
    public IReadOnlyDictionary<string, long> FileSizes { get; set; } = new Dictionary<string, long>();

    public CoverageBuilder Coverage => new(this);

    public LinkView CityLink(City city) => new(city.Name, urls.Path(SitePaths.City(city.Id)));

    public LinkView ElementLink(FrameworkElement element) => new(element.Title, urls.Path(SitePaths.Framework) + "#" + element.Id);

    public LinkView CountryLink(string code) => new(CountryName(code), urls.Path(SitePaths.Country(code)));

    /// <summary>A theme as pages show it: the label of the portal's theme, or the label as the data writes it.</summary>
    public string ThemeLabel(string theme) => model.Themes.LabelOf(theme);

    public IReadOnlyList<string> ThemeLabels(IReadOnlyList<string> themes) => [.. themes.Select(ThemeLabel)];

    public string CountryName(string code) => strings.Has($"country.{code}") ? strings[$"country.{code}"] : code;

    /// <summary>A mechanism spelt out ("Universal Periodic Review" for UPR); one the theme does not name is shown as written.</summary>
    public string MechanismName(string mechanism) => strings.Has($"mechanism.{mechanism}") ? strings[$"mechanism.{mechanism}"] : mechanism;

    public TermView Status(CommitmentStatus status) => Term("status", Vocabularies.CommitmentStatus.WordOf(status));

    public TermView Verdict(Verdict verdict) => Term("verdict", Vocabularies.Verdict.WordOf(verdict));

    public TermView Band(OnTrackBand band) => Term("band", Vocabularies.Band.WordOf(band));

    public TermView Response(RecommendationResponse response) => Term("response", Vocabularies.Response.WordOf(response));

    public TermView Assessment(AssessmentStatus status) => Term("assessment", Vocabularies.AssessmentStatus.WordOf(status));

    public TermView Growth(GrowthModel growth) => Term("growth", Vocabularies.GrowthModel.WordOf(growth));

    /// <summary>
    /// A record's provenance. The row's file is named by its table, as in the data folder and under /data/, never by
    /// the path the build read it from: that path names folders of the build machine and changes with the working
    /// folder, and the output must not.
    /// </summary>
    public ProvenanceView Provenance(string table, Portal.Domain.Diagnostics.SourceLocation row, string? source) =>
        new(DataPaths.CsvFileName(table), row.Line, urls.Path(DataPaths.Csv(table)), SafeLink.OrNothing(source));

    public string? LastUpdatedOfCity(string cityId) => model.CityLastUpdated(cityId)?.ToString();

    /// <summary>
    /// Takes over a previous build's shared views of the records an edit did not reach, so that a rebuild in place
    /// neither builds them nor renders their HTML again. Returns the views taken over.
    /// </summary>
    public IReadOnlyList<ISharedView> TakeOver(ViewFactory previous, Func<string, bool> isReached)
    {
        var kept = new List<ISharedView>();
        Keep(previous._cityCards, _cityCards, RecordKey.City, isReached, kept);
        Keep(previous._commitmentItems, _commitmentItems, RecordKey.Commitment, isReached, kept);
        Keep(previous._recommendationItems, _recommendationItems, RecordKey.Recommendation, isReached, kept);
        return kept;
    }

    private static void Keep<T>(
        ConcurrentDictionary<string, T> from, ConcurrentDictionary<string, T> to, Func<string, string> key, Func<string, bool> isReached, List<ISharedView> kept)
        where T : ISharedView
    {
        foreach (var (id, view) in from.Where(v => !isReached(key(v.Key))))
        {
            to[id] = view;
            kept.Add(view);
        }
    }

    /// <summary>A city's card, built once a build: lists and pages that show the same city share it.</summary>
    public CityCardView CityCard(City city) => _cityCards.GetOrAdd(city.Id, _ => NewCityCard(city));

    private CityCardView NewCityCard(City city)
    {
        var summary = model.CitySummary[city.Id];
        var byStatus = summary.ByStatus
            .Select(s => new StatusCountView(
                Vocabularies.CommitmentStatus.WordOf(s.Status),
                Status(s.Status).Label,
                s.Count,
                summary.Total == 0 ? 0 : Format.Percent(100.0 * s.Count / summary.Total)))
            .ToList();
        var share = Format.Percent(summary.ShareAchieved);
        return new CityCardView
        {
            Id = city.Id,
            Name = city.Name,
            Url = urls.Path(SitePaths.City(city.Id)),
            Country = CountryLink(city.Country),
            Level = city.Level,
            Summary = city.Summary,
            Total = summary.Total,
            Achieved = summary.Achieved,
            ShareAchieved = share,
            Overdue = summary.Overdue,
            Stale = summary.Stale,
            ElementsInPlace = summary.ElementsInPlace,
            ElementsTotal = summary.ElementsTotal,
            ByStatus = byStatus,
            ByVerdict = VerdictCounts(model.CommitmentsByCity[city.Id].Select(c => model.Evaluation[c.Id].Verdict)),
            ProgressBar = ProgressBar.Render(summary.ShareAchieved, strings.Format("chart.share-achieved", BidiIsolation.Characters(city.Name), share)),
            StatusChart = StatusChart.Render(summary.ByStatus, strings.Format("chart.by-status", BidiIsolation.Characters(city.Name), StatusSummary(byStatus)), $"texture-{city.Id}"),
            LastUpdated = LastUpdatedOfCity(city.Id),
        };
    }

    public CommitmentItemView CommitmentItem(Commitment commitment) => _commitmentItems.GetOrAdd(commitment.Id, _ => NewCommitmentItem(commitment));

    private CommitmentItemView NewCommitmentItem(Commitment commitment)
    {
        var evaluation = model.Evaluation[commitment.Id];
        var percent = evaluation.Indicator.Percent is { } p ? Format.Percent(p) : (int?)null;
        return new CommitmentItemView
        {
            Id = commitment.Id,
            Title = commitment.Title,
            Url = urls.Path(SitePaths.Commitment(commitment.Id)),
            CityId = commitment.CityId,
            City = CityLink(model.CityById[commitment.CityId]),
            Themes = ThemeLabels(commitment.Themes),
            Status = Status(evaluation.Status),
            Verdict = Verdict(evaluation.Verdict),
            IsOverdue = evaluation.IsOverdue,
            IsStale = evaluation.IsStale,
            Due = commitment.Due?.ToString(),
            Percent = percent,
            Band = Band(evaluation.Indicator.Band),
            StaleBandAsOf = evaluation.IsValueStale && evaluation.Indicator.Band != OnTrackBand.NotAssessable ? evaluation.LatestValueDate?.ToString() : null,
            ProgressBar = ProgressBar.Render(percent, strings.Format("chart.indicator-progress", BidiIsolation.Characters(commitment.Title), percent)),
        };
    }

    public RecommendationItemView RecommendationItem(Recommendation recommendation) =>
        _recommendationItems.GetOrAdd(recommendation.Id, _ => NewRecommendationItem(recommendation));

    private RecommendationItemView NewRecommendationItem(Recommendation recommendation) => new()
    {
        Id = recommendation.Id,
        Title = _recommendationTitles.Of(recommendation),
        Slug = model.RecommendationSlug[recommendation.Id],
        Url = urls.Path(SitePaths.Recommendation(model.RecommendationSlug[recommendation.Id])),
        Text = recommendation.Text,
        Mechanism = MechanismName(recommendation.Mechanism),
        Symbol = recommendation.Symbol,
        Paragraph = recommendation.Paragraph,
        Response = recommendation.Response is { } r ? Response(r) : null,
        Country = CountryLink(recommendation.Country),
        Date = recommendation.Date?.ToString(),
        Themes = ThemeLabels(recommendation.Themes),
        Sdgs = recommendation.Sdgs,
        CityCount = model.CitiesActingOn(recommendation.Id),
    };

    /// <summary>
    /// Commitments by verdict, every verdict in its order; the needs-attention verdicts link to their pages across
    /// all cities.
    /// </summary>
    public IReadOnlyList<VerdictCountView> VerdictCounts(IEnumerable<Verdict> verdicts)
    {
        var all = verdicts.ToList();
        return [.. Enum.GetValues<Verdict>().Select(v =>
        {
            var term = Verdict(v);
            var url = NeedsAttention.Verdicts.Contains(v) ? urls.Path(SitePaths.Attention(term.Key)) : null;
            return new VerdictCountView(term.Key, term.Label, all.Count(x => x == v), url);
        })];
    }

    public LinkView Crumb(string key, string sitePath) => new(strings[key], urls.Path(sitePath));

    private TermView Term(string group, string word) => new(word, strings[$"{group}.{word}"]);

    private static string StatusSummary(IEnumerable<StatusCountView> counts) =>
        string.Join(", ", counts.Where(c => c.Count > 0).Select(c => $"{c.Label} {c.Count}"));
}
