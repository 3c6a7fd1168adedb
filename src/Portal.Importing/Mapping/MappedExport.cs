namespace Portal.Importing.Mapping;

/// <summary>What a format mapper made of an export: one mapped or skipped row for each row read, and the values it could not map.</summary>
public sealed record MappedExport(int RowsRead, IReadOnlyList<SourceRow> Rows, UnmappedValues Unmapped)
{
    public static MappedExport Empty { get; } = new(0, [], new UnmappedValues());
}
