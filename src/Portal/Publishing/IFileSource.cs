namespace Portal.Publishing;

/// <summary>A kind of file the build publishes beside the pages, such as the open data or the feeds.</summary>
internal interface IFileSource
{
    IEnumerable<FileJob> Files(PublishingContext context);
}
