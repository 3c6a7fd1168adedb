namespace Portal.Testing;

/// <summary>Finds the repository the tests run from, so they build the real sample data and theme.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Data => Path.Combine(Root, "data");

    public static string Content => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    /// <summary>A data set under tests/fixtures, such as invalid-data.</summary>
    public static string Fixture(string name) => Path.Combine(Root, "tests", "fixtures", name);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Portal.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Portal.sln not found above the test assembly");
    }
}
