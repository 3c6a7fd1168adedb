using Portal.Rendering.Listings;

namespace Portal.Tests.Pipeline;

/// <summary>
/// Counts the pages of one record each under a folder such as commitments/: the folders that hold an
/// index.html, less the lists beside them (page/, and one folder per facet such as status/).
/// </summary>
internal static class RecordPages
{
    /// <summary>The facet folders come from the listings themselves, so a new facet is not counted as a record.</summary>
    private static readonly HashSet<string> Lists =
    [
        "page",
        .. RecommendationListing.Definition.Facets.Select(f => f.Key),
        .. CommitmentListing.Definition.Facets.Select(f => f.Key),
    ];

    public static int In(string output, string folder) =>
        Directory.GetDirectories(Path.Combine(output, folder))
            .Count(d => !Lists.Contains(Path.GetFileName(d)) && File.Exists(Path.Combine(d, "index.html")));
}
