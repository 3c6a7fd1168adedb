using Portal.Rendering.Templates;

namespace Portal.Rendering.Views;

public sealed record CommitmentItemView : ISharedView
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Url { get; init; }
    public required string CityId { get; init; }
    public required LinkView City { get; init; }
    /// <summary>The commitment's theme labels, first theme first.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];
    public required TermView Status { get; init; }
    public required TermView Verdict { get; init; }
    public required bool IsOverdue { get; init; }
    public required bool IsStale { get; init; }
    public string? Due { get; init; }
    public int? Percent { get; init; }
    public required TermView Band { get; init; }
    /// <summary>The date of the value an old rating rests on; null when the rating is recent or there is none.</summary>
    public string? StaleBandAsOf { get; init; }
    public required RawHtml ProgressBar { get; init; }
}

public sealed record IndicatorView
{
    public string? Name { get; init; }
    public string? Unit { get; init; }
    public string? Baseline { get; init; }
    public int? BaselineYear { get; init; }
    public string? Target { get; init; }
    public int? TargetYear { get; init; }
    public string? Latest { get; init; }
    public string? LatestDate { get; init; }
    public int? Percent { get; init; }
    public required TermView Band { get; init; }
    public string? Ratio { get; init; }
    public TermView? Model { get; init; }
    public required RawHtml Chart { get; init; }
    public RawHtml Legend { get; init; } = RawHtml.Empty;
    public required IReadOnlyList<ValueRowView> Values { get; init; }
}

public sealed record ValueRowView(string Date, string Value, string? Note);

public sealed record HistoryRowView(string Date, TermView? Status, string? Value, string? Note, string? Source, ProvenanceView Provenance);

public sealed record CommitmentPageView : PageView
{
    public required CommitmentItemView Commitment { get; init; }
    public RawHtml Details { get; init; } = RawHtml.Empty;
    public string? Department { get; init; }
    public string? Start { get; init; }
    public string? Updated { get; init; }
    public required TermView DeclaredStatus { get; init; }
    public string? StatusSetOn { get; init; }

    /// <summary>The date of the value the progress rating rests on, so that an old rating never reads as today's.</summary>
    public string? BandAsOf { get; init; }
    public string? LastActivity { get; init; }
    public IReadOnlyList<string> Themes { get; init; } = [];
    public IReadOnlyList<string> Sdgs { get; init; } = [];
    public IndicatorView? Indicator { get; init; }
    public required IReadOnlyList<HistoryRowView> History { get; init; }
    public required IReadOnlyList<RecommendationItemView> Recommendations { get; init; }
    public required IReadOnlyList<LinkView> Framework { get; init; }
    public required ProvenanceView Provenance { get; init; }
}
