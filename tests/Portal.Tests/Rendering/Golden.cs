namespace Portal.Tests.Rendering;

/// <summary>
/// Golden files: the expected output sits beside the tests in Rendering/Golden, and the diff is the test.
/// Run the tests with UPDATE_GOLDEN=1 to write the current output as the new expectation, then review the diff.
/// </summary>
internal static class Golden
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "Portal.Tests", "Rendering", "Golden");

    public static void Verify(string name, string actual)
    {
        var path = Path.Combine(Folder, name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"no golden file {name}; run with UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
