namespace Portal.Importing.Mapping;

/// <summary>The file after an import and the account of every row: added, updated, unchanged or skipped.</summary>
public sealed record MergeOutcome
{
    public required RecommendationTable Table { get; init; }

    public int Added { get; init; }

    public int Updated { get; init; }

    public int Unchanged { get; init; }

    public IReadOnlyList<SkippedRow> Skipped { get; init; } = [];

    /// <summary>For updated rows: how many changed in each column.</summary>
    public IReadOnlyDictionary<string, int> ChangedColumns { get; init; } = new Dictionary<string, int>();

    /// <summary>Rows of the file that this import does not touch: other sources, hand-made rows, other States.</summary>
    public int Untouched { get; init; }

    /// <summary>Rows an earlier import by the same importer wrote that this export no longer holds; they are kept.</summary>
    public int NotInExport { get; init; }
}
