namespace Portal.Loading;

/// <summary>How many rows a file held, and how many of them had errors reported.</summary>
public sealed record FileAccount(string Path, int RowsRead, int RowsWithErrors)
{
    public int RowsPublished => RowsRead - RowsWithErrors;
}
