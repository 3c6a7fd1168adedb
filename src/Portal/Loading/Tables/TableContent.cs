namespace Portal.Loading.Tables;

/// <summary>The records read from one file, and the accounting of its rows.</summary>
internal sealed record TableContent<T>(IReadOnlyList<T> Records, int RowsRead, int RowsWithErrors);
