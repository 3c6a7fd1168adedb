using System.Text;

namespace Portal.Tests.Pipeline;

/// <summary>
/// Nothing of the build machine reaches the output: the same data gives the same bytes whether its folders are
/// named absolutely or relatively, and whatever folder portal runs in, and no file names a folder of the machine.
/// The builds run portal.dll in a process of its own, because only a process has a working folder of its own.
/// </summary>
public sealed class MachineIndependentBuildTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public MachineIndependentBuildTests()
    {
        FolderCopy.Copy(RepositoryPaths.Data, Site("data"));
        FolderCopy.Copy(RepositoryPaths.Content, Site("input"));
        FolderCopy.Copy(RepositoryPaths.Theme, Site("theme"));
        Directory.CreateDirectory(Elsewhere);
    }

    /// <summary>A working folder that holds none of the site's folders.</summary>
    private string Elsewhere => _folder.Combine("elsewhere", "deeper");

    [Fact]
    public void Should_Write_The_Same_Bytes_With_An_Absolute_Data_Folder_From_Another_Working_Folder()
    {
        var relative = BuildInSite();

        var absolute = Build(Elsewhere, Site("data"), Site("input"), Site("theme"), _folder.Combine("absolute-output"));

        Assert.Equal(OutputSnapshot.Of(relative), OutputSnapshot.Of(absolute));
    }

    [Fact]
    public void Should_Write_The_Same_Bytes_With_A_Relative_Data_Folder_That_Climbs_Out_Of_The_Working_Folder()
    {
        var relative = BuildInSite();

        var climbing = Build(Elsewhere, "../../site/data", "../../site/input", "../../site/theme", "../climbing-output");

        Assert.Equal(_folder.Combine("elsewhere", "climbing-output"), climbing);
        Assert.Equal(OutputSnapshot.Of(relative), OutputSnapshot.Of(climbing));
    }

    [Fact]
    public void Should_Not_Write_The_Data_Working_Or_Output_Folder_Into_Any_File_Or_Archive_Entry()
    {
        var output = Build(Elsewhere, Site("data"), Site("input"), Site("theme"), _folder.Combine("absolute-output"));
        string[] machineFolders = [Site("data"), Site("input"), Site("theme"), Elsewhere, output, _folder.Path, Path.GetFileName(_folder.Path)];

        var leaks = OutputContents.Of(output)
            .SelectMany(file => machineFolders.Where(folder => Contains(file.Bytes, folder)).Select(folder => $"{file.Name} names {folder}"))
            .ToList();

        Assert.Empty(leaks);
        Assert.Contains(OutputContents.Of(output), file => file.Name.Contains(".zip!", StringComparison.Ordinal));
    }

    public void Dispose() => _folder.Dispose();

    private string Site(string folder) => _folder.Combine("site", folder);

    /// <summary>Builds from the folder that holds data, content and theme, naming each of them relatively.</summary>
    private string BuildInSite() => Build(_folder.Combine("site"), "data", "input", "theme", "output");

    /// <summary>Runs a build in a working folder; returns the output folder's absolute path.</summary>
    private static string Build(string workingFolder, string data, string content, string theme, string output)
    {
        var run = PortalRun.In(
            workingFolder,
            "build", "--data", data, "--content", content, "--theme", theme, "--output", output, "--as-of", "2026-06-30", "--no-search");
        Assert.True(run.ExitCode == 0, run.StandardError);
        return Path.GetFullPath(Path.Combine(workingFolder, output));
    }

    private static bool Contains(byte[] bytes, string text) => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}
