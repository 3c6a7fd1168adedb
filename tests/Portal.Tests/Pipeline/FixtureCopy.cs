using Portal.Pipeline;

namespace Portal.Tests.Pipeline;

/// <summary>A copy of a fixture's data and content in a temporary folder, for a test to change, with options that build it.</summary>
internal static class FixtureCopy
{
    public static BuildOptions In(TemporaryFolder folder, string fixture = "minimal")
    {
        var source = RepositoryPaths.Fixture(fixture);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = folder.Combine(Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return BuildOptionsFor.Fixture(fixture, folder.Combine("output")) with
        {
            DataFolder = folder.Combine("data"),
            ContentFolder = folder.Combine("input"),
        };
    }
}
