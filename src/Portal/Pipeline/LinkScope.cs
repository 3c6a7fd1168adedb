namespace Portal.Pipeline;

/// <summary>What a link's meaning depends on, so that it is resolved once for all the pages where it means the same.</summary>
internal enum LinkScope
{
    /// <summary>A path from the root or an absolute URL: the same on every page.</summary>
    Site,
    /// <summary>A relative path: the same on every page of a folder.</summary>
    Folder,
    /// <summary>Nothing, a query or a fragment: the page itself.</summary>
    Page,
}
