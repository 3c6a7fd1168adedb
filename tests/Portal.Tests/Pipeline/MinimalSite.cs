using Portal.Pipeline;

namespace Portal.Tests.Pipeline;

/// <summary>
/// A copy of the minimal fixture's data and content and of the portal's theme in a temporary folder, for a test
/// to add hostile files to without touching the repository.
/// </summary>
internal sealed class MinimalSite : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public MinimalSite()
    {
        FolderCopy.Copy(Path.Combine(RepositoryPaths.Fixture("minimal"), "data"), Data);
        FolderCopy.Copy(Path.Combine(RepositoryPaths.Fixture("minimal"), "input"), Content);
        FolderCopy.Copy(RepositoryPaths.Theme, Theme);
    }

    public string Data => _folder.Combine("data");

    public string Content => _folder.Combine("input");

    public string Theme => _folder.Combine("theme");

    public string Output => _folder.Combine("output");

    /// <summary>A folder beside the site, outside every input folder.</summary>
    public string Outside => _folder.Combine("outside");

    public BuildOptions Options => BuildOptionsFor.Sample(Output) with { DataFolder = Data, ContentFolder = Content, ThemeFolder = Theme };

    public string Write(string relativePath, string text)
    {
        var path = _folder.Combine(relativePath.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => _folder.Dispose();
}
