namespace Portal.Tests.Pipeline;

/// <summary>
/// Counts the pages of one record each under a folder such as commitments/: the folders that hold an
/// index.html, less the lists beside them (page/, and one folder per facet such as status/).
/// </summary>
internal static class RecordPages
{
    private static readonly HashSet<string> Lists = ["page", "mechanism", "theme", "country", "sdg", "response", "status", "city"];

    public static int In(string output, string folder) =>
        Directory.GetDirectories(Path.Combine(output, folder))
            .Count(d => !Lists.Contains(Path.GetFileName(d)) && File.Exists(Path.Combine(d, "index.html")));
}
