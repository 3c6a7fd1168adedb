using Portal.Importing.Mapping;

namespace Portal.Importing;

/// <summary>Everything the import report prints: where the rows came from, what became of each, and what could not be mapped.</summary>
internal sealed record ImportReport
{
    public required ImportFormat Format { get; init; }

    public required string Source { get; init; }

    public required string Target { get; init; }

    /// <summary>"XLSX workbook", "JSON", or the encoding and separator of a text file.</summary>
    public required string Reading { get; init; }

    public RowUnit Unit { get; init; }

    public int RowsRead { get; init; }

    public required MergeOutcome Merge { get; init; }

    public IReadOnlyList<UnmappedValue> Unmapped { get; init; } = [];

    public bool DryRun { get; init; }

    /// <summary>False on a dry run, and when the file already held everything the export had.</summary>
    public bool Written { get; init; }

    public TimeSpan Elapsed { get; init; }
}
