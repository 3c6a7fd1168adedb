using Portal.Importing.Mapping;

namespace Portal.Tests.Importing.Support;

/// <summary>Compares mapped rows by what they would write: line, skip reason and every cell of the recommendation.</summary>
internal sealed class SourceRowComparer : IEqualityComparer<SourceRow>
{
    public static SourceRowComparer Instance { get; } = new();

    public bool Equals(SourceRow? x, SourceRow? y) =>
        x is not null && y is not null
        && x.Line == y.Line
        && x.Skip == y.Skip
        && Cells(x).SequenceEqual(Cells(y));

    public int GetHashCode(SourceRow obj) => obj.Line;

    private static IEnumerable<string> Cells(SourceRow row) =>
        row.Recommendation is { } r ? RecommendationColumns.CellsOf(r).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}") : [];
}
