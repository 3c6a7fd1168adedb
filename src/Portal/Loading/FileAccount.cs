namespace Portal.Loading;

/// <summary>
/// How many rows a file held, how many had errors reported, and how many are held back on purpose (draft pages);
/// for a file the contract expects and the build did not read, why not.
/// </summary>
public sealed record FileAccount(string Path, int RowsRead, int RowsWithErrors)
{
    /// <summary>Rows without errors that are not published on purpose: pages whose front matter says <c>draft: true</c>.</summary>
    public int Drafts { get; init; }

    /// <summary>Why an expected file was not read, such as "absent (optional)"; null when it was read.</summary>
    public string? NotRead { get; init; }

    public int RowsPublished => RowsRead - RowsWithErrors - Drafts;
}
