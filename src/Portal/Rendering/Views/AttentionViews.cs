namespace Portal.Rendering.Views;

/// <summary>One row of a needs-attention page: the commitment and how late or how stale it is, in words.</summary>
public sealed record AttentionRowView(CommitmentItemView Commitment, string How);

public sealed record AttentionPageView : PageView
{
    public required TermView Verdict { get; init; }
    public required string Intro { get; init; }
    public required IReadOnlyList<AttentionRowView> Rows { get; init; }
    public required LinkView Csv { get; init; }
    /// <summary>Every needs-attention page, this one included, for the tabs between them.</summary>
    public required IReadOnlyList<AttentionTabView> Tabs { get; init; }
}

public sealed record AttentionTabView(string Title, string Url, int Count, bool IsCurrent);
