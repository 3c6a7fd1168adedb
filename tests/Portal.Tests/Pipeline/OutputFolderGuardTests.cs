using Portal.Pipeline;

namespace Portal.Tests.Pipeline;

/// <summary>
/// A mistyped <c>--output</c> must never cost a city its data: the build refuses, before it touches anything, an
/// output folder that holds the inputs or the repository, and replaces only a folder it wrote itself.
/// </summary>
public sealed class OutputFolderGuardTests : IDisposable
{
    private readonly ThrowawayRepository _repository = new();

    [Theory]
    [InlineData("data")]
    [InlineData("input")]
    [InlineData("theme")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("/")]
    public void Should_Refuse_An_Output_Folder_That_Holds_The_Inputs_Or_The_Repository_And_Leave_Every_File_As_It_Was(string output)
    {
        var before = TreeChecksum.Of(_repository.Parent);

        var run = PortalRun.In(_repository.Root, "build", "--output", output, "--as-of", "2026-06-30", "--no-search");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--output", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("refus", run.StandardError, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", run.StandardError, StringComparison.Ordinal);
        Assert.Equal(before, TreeChecksum.Of(_repository.Parent));
    }

    [Fact]
    public void Should_Name_Both_Folders_When_Refusing_An_Output_Folder_That_Is_The_Data_Folder()
    {
        var run = PortalRun.In(_repository.Root, "build", "--output", "data", "--as-of", "2026-06-30", "--no-search");

        Assert.Contains(Path.Combine(_repository.Root, "data"), run.StandardError, StringComparison.Ordinal);
        Assert.Contains("--data", run.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("data/site")]
    [InlineData("theme/assets/site")]
    public void Should_Refuse_An_Output_Folder_Inside_An_Input_Folder(string output)
    {
        var before = TreeChecksum.Of(_repository.Parent);

        var run = PortalRun.In(_repository.Root, "build", "--output", output, "--as-of", "2026-06-30", "--no-search");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("inside", run.StandardError, StringComparison.Ordinal);
        Assert.Equal(before, TreeChecksum.Of(_repository.Parent));
    }

    [Fact]
    public void Should_Refuse_An_Output_That_Is_A_Symlink_To_The_Data_Folder()
    {
        Directory.CreateSymbolicLink(Path.Combine(_repository.Root, "output"), Path.Combine(_repository.Root, "data"));
        var before = TreeChecksum.Of(_repository.Parent);

        var run = PortalRun.In(_repository.Root, "build", "--as-of", "2026-06-30", "--no-search");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("data folder", run.StandardError, StringComparison.Ordinal);
        Assert.Equal(before, TreeChecksum.Of(_repository.Parent));
    }

    [Fact]
    public void Should_Refuse_To_Serve_Into_The_Content_Folder()
    {
        var before = TreeChecksum.Of(_repository.Parent);

        var run = PortalRun.In(_repository.Root, "serve", "--output", "input", "--port", "0", "--as-of", "2026-06-30", "--no-search");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(before, TreeChecksum.Of(_repository.Parent));
    }

    [Fact]
    public void Should_Refuse_An_Existing_Folder_The_Build_Did_Not_Write_And_Leave_It_Intact()
    {
        var output = Path.Combine(_repository.Root, "site");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "notes.txt"), "my own notes");
        var before = TreeChecksum.Of(_repository.Parent);

        var run = PortalRun.In(_repository.Root, "build", "--output", "site", "--as-of", "2026-06-30", "--no-search");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("empty it", run.StandardError, StringComparison.Ordinal);
        Assert.Equal(before, TreeChecksum.Of(_repository.Parent));
    }

    [Fact]
    public void Should_Report_An_Error_When_A_Folder_The_Build_Did_Not_Write_Is_Given_To_The_Builder()
    {
        var output = Path.Combine(_repository.Root, "site");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "notes.txt"), "my own notes");

        var report = new SiteBuilder().Build(OptionsFor(output));

        Assert.False(report.Succeeded);
        Assert.Equal("my own notes", File.ReadAllText(Path.Combine(output, "notes.txt")));
        Assert.Single(Directory.GetFileSystemEntries(output));
    }

    [Fact]
    public void Should_Replace_An_Output_Folder_The_Build_Wrote_Before()
    {
        var output = Path.Combine(_repository.Root, "site");
        Assert.True(new SiteBuilder().Build(OptionsFor(output)).Succeeded);
        File.WriteAllText(Path.Combine(output, "stale.html"), "left from an older build");

        Assert.True(new SiteBuilder().Build(OptionsFor(output)).Succeeded);

        Assert.False(File.Exists(Path.Combine(output, "stale.html")));
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void Should_Write_Into_An_Empty_Existing_Folder()
    {
        var output = Path.Combine(_repository.Root, "site");
        Directory.CreateDirectory(output);

        var run = PortalRun.In(_repository.Root, "build", "--output", "site", "--as-of", "2026-06-30", "--no-search");

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }

    public void Dispose() => _repository.Dispose();

    private BuildOptions OptionsFor(string output) => new()
    {
        DataFolder = Path.Combine(_repository.Root, "data"),
        ContentFolder = Path.Combine(_repository.Root, "input"),
        ThemeFolder = Path.Combine(_repository.Root, "theme"),
        OutputFolder = output,
        AsOf = BuildOptionsFor.AsOf,
        Search = false,
    };
}
