namespace Portal.Tests.Cli;

/// <summary>
/// Runs a command in this process and keeps what it wrote to stderr. Console.Error belongs to the whole process,
/// so the tests that use this belong to <see cref="ConsoleCollection"/>, which runs alone.
/// </summary>
internal static class StandardError
{
    public static (T Result, string Error) Capture<T>(Func<T> run)
    {
        var error = new StringWriter();
        var console = Console.Error;
        Console.SetError(error);
        try
        {
            var result = run();
            return (result, error.ToString());
        }
        finally
        {
            Console.SetError(console);
        }
    }

    /// <summary>The arguments of a build of the minimal fixture with the portal's theme, without the search index.</summary>
    public static string[] MinimalBuild(string output)
    {
        var fixture = RepositoryPaths.Fixture("minimal");
        return ["build", "--data", Path.Combine(fixture, "data"), "--content", Path.Combine(fixture, "input"), "--theme", RepositoryPaths.Theme, "--output", output, "--no-search"];
    }
}
