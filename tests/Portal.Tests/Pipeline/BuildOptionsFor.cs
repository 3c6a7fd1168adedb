using Portal.Pipeline;

namespace Portal.Tests.Pipeline;

/// <summary>Build options for the sample data or a fixture, with the as-of date the tests use.</summary>
internal static class BuildOptionsFor
{
    public static readonly DateOnly AsOf = new(2026, 6, 30);

    public static BuildOptions Sample(string output) => new()
    {
        DataFolder = RepositoryPaths.Data,
        ContentFolder = RepositoryPaths.Content,
        ThemeFolder = RepositoryPaths.Theme,
        OutputFolder = output,
        AsOf = AsOf,
        Search = false,
    };

    public static BuildOptions Fixture(string name, string output) => Sample(output) with
    {
        DataFolder = Path.Combine(RepositoryPaths.Fixture(name), "data"),
        ContentFolder = Path.Combine(RepositoryPaths.Fixture(name), "input"),
    };
}
