namespace Portal.OpenData;

/// <summary>A published table, whatever its records: what the CSV writer, the JSON writer and the data package read.</summary>
internal interface IDataTable
{
    /// <summary>The resource name, which is also the file name: cities gives cities.csv and cities.json.</summary>
    string Name { get; }

    IReadOnlyList<DataField> Fields { get; }

    IReadOnlyList<string> PrimaryKey { get; }

    IReadOnlyList<ForeignKey> ForeignKeys { get; }

    int Count { get; }

    /// <summary>Every record's cells, in the order of <see cref="Fields"/>.</summary>
    IEnumerable<IReadOnlyList<object?>> Rows();
}
