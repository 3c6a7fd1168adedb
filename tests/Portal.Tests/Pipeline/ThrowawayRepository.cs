namespace Portal.Tests.Pipeline;

/// <summary>
/// A repository to be careless with: a <c>.git</c> folder, the minimal fixture's <c>data/</c> and <c>input/</c>, and a
/// copy of the theme, in a folder of its own inside a temporary parent, so that a build aimed at the wrong folder
/// can only harm the copy.
/// </summary>
internal sealed class ThrowawayRepository : IDisposable
{
    private readonly TemporaryFolder _parent = new();

    public ThrowawayRepository()
    {
        Root = _parent.Combine("repo");
        Directory.CreateDirectory(Path.Combine(Root, ".git"));
        File.WriteAllText(Path.Combine(Root, ".git", "HEAD"), "ref: refs/heads/main\n");
        File.WriteAllText(Path.Combine(Root, "README.md"), "# a city's portal\n");
        FolderCopy.Copy(Path.Combine(RepositoryPaths.Fixture("minimal"), "data"), Path.Combine(Root, "data"));
        FolderCopy.Copy(Path.Combine(RepositoryPaths.Fixture("minimal"), "input"), Path.Combine(Root, "input"));
        FolderCopy.Copy(RepositoryPaths.Theme, Path.Combine(Root, "theme"));
    }

    public string Root { get; }

    /// <summary>The folder that holds the repository and nothing else.</summary>
    public string Parent => _parent.Path;

    public void Dispose() => _parent.Dispose();
}
