namespace Portal.Tests.Pipeline;

/// <summary>A copy of the portal's theme in a temporary folder, for a test to break or change.</summary>
internal static class ThemeCopy
{
    public static string In(TemporaryFolder folder)
    {
        var theme = folder.Combine("theme");
        FolderCopy.Copy(RepositoryPaths.Theme, theme);

        return theme;
    }
}
