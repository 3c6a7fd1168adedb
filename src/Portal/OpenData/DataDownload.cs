using Portal.Domain.Model;

namespace Portal.OpenData;

/// <summary>
/// One file of the open data: where it is published, its resource name in the data package, the table it holds
/// (all of a table, or for a city's JSON one city's part of several), and how to write it.
/// </summary>
internal sealed record DataDownload(string Path, string Name, DownloadFormat Format, IDataTable Table, Action<Stream> Write)
{
    /// <summary>The city a city's JSON is about; null for the files of whole tables.</summary>
    public City? City { get; init; }
}
