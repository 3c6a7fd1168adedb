using Portal.Rendering.Templates;

namespace Portal.Rendering.Views;

/// <summary>A mark and the word it stands for, for a legend.</summary>
public sealed record LegendItemView(string Key, string Label, RawHtml Mark);

/// <summary>A framework element with its number, as the coverage matrix and the framework page number them.</summary>
public sealed record NumberedElementView(int Number, LinkView Element, string Pillar);

/// <summary>One city's assessment of one element: its word (null: not assessed) and its mark.</summary>
public sealed record CoverageCellView(TermView? Status, RawHtml Mark);

/// <summary>One city's row of the coverage matrix: the strip of marks, and the same assessments as words.</summary>
public sealed record CoverageRowView(string CityId, LinkView City, int InPlace, RawHtml Strip, IReadOnlyList<CoverageCellView> Cells);

/// <summary>Framework coverage: cities against elements, as rows of marks under a row of element numbers.</summary>
public sealed record CoverageView
{
    public required RawHtml Header { get; init; }
    public required IReadOnlyList<NumberedElementView> Elements { get; init; }
    public required IReadOnlyList<CoverageRowView> Rows { get; init; }
    public required IReadOnlyList<LegendItemView> Legend { get; init; }
}
