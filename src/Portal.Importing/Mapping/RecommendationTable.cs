namespace Portal.Importing.Mapping;

/// <summary>recommendations.csv as read: its columns in their order, known or not, and its rows.</summary>
public sealed record RecommendationTable(IReadOnlyList<string> Columns, IReadOnlyList<TableRow> Rows)
{
    /// <summary>A file that does not exist yet: the contract's columns and no rows.</summary>
    public static RecommendationTable Empty { get; } = new(RecommendationColumns.All, []);

    /// <summary>The columns as they are, followed by the contract's columns the file lacks, in the contract's order.</summary>
    public IReadOnlyList<string> WithContractColumns() =>
        [.. Columns, .. RecommendationColumns.All.Where(c => !Columns.Contains(c, StringComparer.OrdinalIgnoreCase))];
}
