namespace Portal.Tests.Pipeline;

/// <summary>A copy of the portal's theme in a temporary folder, for a test to break or change.</summary>
internal static class ThemeCopy
{
    public static string In(TemporaryFolder folder)
    {
        var theme = folder.Combine("theme");
        foreach (var file in Directory.GetFiles(RepositoryPaths.Theme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(theme, Path.GetRelativePath(RepositoryPaths.Theme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return theme;
    }
}
