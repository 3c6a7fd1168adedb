using Portal.Pipeline;

namespace Portal.Tests.Pipeline;

/// <summary>A copy of a fixture's data and content in a temporary folder, for a test to change, with options that build it.</summary>
internal static class FixtureCopy
{
    public static BuildOptions In(TemporaryFolder folder, string fixture = "minimal")
    {
        FolderCopy.Copy(RepositoryPaths.Fixture(fixture), folder.Path);
        return BuildOptionsFor.Fixture(fixture, folder.Combine("output")) with
        {
            DataFolder = folder.Combine("data"),
            ContentFolder = folder.Combine("input"),
        };
    }
}
