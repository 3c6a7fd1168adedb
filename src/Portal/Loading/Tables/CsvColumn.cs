namespace Portal.Loading.Tables;

/// <summary>A column of the data contract. Required columns must be in the header and filled in every row.</summary>
internal sealed record CsvColumn(string Name, bool Required = false);
