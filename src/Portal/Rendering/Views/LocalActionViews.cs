namespace Portal.Rendering.Views;

/// <summary>
/// A State's dashboard of local action, for the State or one mechanism or review: its counts, and one row per
/// (recommendation, commitment) pair, paginated when there are many.
/// </summary>
public sealed record LocalActionPageView : PageView
{
    public required string Country { get; init; }
    /// <summary>The State and scope in a few words, for the table's caption: "Spain", "Spain, UPR cycle 4".</summary>
    public required string ScopeName { get; init; }
    public required string Intro { get; init; }
    public required int Recommendations { get; init; }
    public required int WithLocalAction { get; init; }
    /// <summary>The (recommendation, commitment) pairs of the whole scope, on every page of it.</summary>
    public required int Pairs { get; init; }
    public required IReadOnlyList<VerdictCountView> Verdicts { get; init; }
    /// <summary>The rows of this page of the table.</summary>
    public required IReadOnlyList<LocalActionRowView> Rows { get; init; }
    public required int First { get; init; }
    public required int Last { get; init; }
    public required PaginationView Pagination { get; init; }
    public required LinkView Csv { get; init; }
    /// <summary>The annex to the State's report for the same scope, when the build wrote it; null otherwise.</summary>
    public LinkView? AnnexHtml { get; init; }
    public LinkView? AnnexDocx { get; init; }
    /// <summary>The narrower dashboards below this one: each mechanism with its reviews, or this mechanism's reviews.</summary>
    public required IReadOnlyList<LocalActionNarrowView> Narrower { get; init; }
    /// <summary>The verdicts' labels in their order: the columns of the count tables.</summary>
    public required IReadOnlyList<TermView> VerdictColumns { get; init; }
    /// <summary>Empty when the page is one mechanism's or one review's: a table of one row would repeat the figures.</summary>
    public required IReadOnlyList<LocalActionTallyView> ByMechanism { get; init; }
    public required IReadOnlyList<LocalActionTallyView> ByReview { get; init; }
    public required IReadOnlyList<LocalActionTallyView> ByTheme { get; init; }
}

/// <summary>One city's commitment on one recommendation, with the commitment's latest progress report.</summary>
public sealed record LocalActionRowView(
    RecommendationItemView Recommendation,
    string? Citation,
    string Review,
    CommitmentItemView Commitment,
    string? LatestValue,
    string? LatestNote,
    string? LatestDate,
    LinkView? Source);

/// <summary>One row of a count table: a mechanism, a review or a theme, linked to its own dashboard where it has one.</summary>
public sealed record LocalActionTallyView(string Label, string? Url, int Recommendations, int WithLocalAction, int Pairs, IReadOnlyList<int> Verdicts);

/// <summary>A mechanism's dashboard (null on a mechanism's own page) and its reviews' dashboards, each with its local actions.</summary>
public sealed record LocalActionNarrowView(ChoiceView? Mechanism, IReadOnlyList<ChoiceView> Reviews);
