namespace Portal.Rendering.Views;

/// <summary>A file to download: its title, address, file name and size in words.</summary>
public sealed record DataFileView(string Title, string Url, string FileName, string Size);

/// <summary>A published column: its name, its kind in words, what it holds, and the words it allows, if it is closed.</summary>
public sealed record DataColumnView(string Name, string Type, string Description, string? Allowed);

/// <summary>A needs-attention list: its page, its CSV and how many commitments it holds.</summary>
public sealed record AttentionFileView(string Title, string PageUrl, string CsvUrl, string FileName, string Records);

public sealed record DataTableView
{
    public required string Name { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Records { get; init; }
    public required DataFileView Csv { get; init; }
    public required DataFileView Json { get; init; }
    public required IReadOnlyList<DataColumnView> Columns { get; init; }
}

public sealed record DataPageView : PageView
{
    public required string AsOf { get; init; }
    public required LinkView Archive { get; init; }
    public required LinkView Package { get; init; }
    public required IReadOnlyList<DataTableView> Tables { get; init; }
    public required IReadOnlyList<DataFileView> CityFiles { get; init; }
    public required IReadOnlyList<AttentionFileView> AttentionFiles { get; init; }
    /// <summary>Each State's dashboard of local action and the CSV of its rows, in the same shape as the attention pages'.</summary>
    public required IReadOnlyList<AttentionFileView> LocalActionFiles { get; init; }
    public required LinkView SiteFeed { get; init; }
    public required IReadOnlyList<LinkView> CityFeeds { get; init; }
}
