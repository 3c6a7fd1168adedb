using Portal.Pipeline;

namespace Portal.Tests.Pipeline;

/// <summary>The swap of a staged build into place leaves the old site or the new one at every instant, and keeps a symlinked output a symlink.</summary>
public sealed class OutputSwapTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void Should_Never_Leave_The_Output_Missing_While_A_Build_Swaps_It()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // Only Linux swaps two folders in one step; elsewhere a killed swap is recovered by the next build.
        }

        var output = _folder.Combine("output");
        Commit(output, "first");
        var missing = 0;
        using var stop = new CancellationTokenSource();
        var watcher = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                if (!Directory.Exists(output))
                {
                    Interlocked.Increment(ref missing);
                }
            }
        });
        watcher.Start();

        for (var i = 0; i < 300; i++)
        {
            Commit(output, $"build {i}");
        }

        stop.Cancel();
        watcher.Join();
        Assert.Equal(0, missing);
        Assert.Equal("build 299", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(["output"], Directory.GetFileSystemEntries(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Should_Exchange_Two_Folders_In_One_Step_On_Linux()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // renameat2 is Linux's; elsewhere the swap falls back to two renames.
        }

        Directory.CreateDirectory(_folder.Combine("old"));
        File.WriteAllText(_folder.Combine("old", "index.html"), "old");
        Directory.CreateDirectory(_folder.Combine("new"));
        File.WriteAllText(_folder.Combine("new", "index.html"), "new");

        Assert.True(FolderExchange.TryExchange(_folder.Combine("new"), _folder.Combine("old")));

        Assert.Equal("new", File.ReadAllText(_folder.Combine("old", "index.html")));
        Assert.Equal("old", File.ReadAllText(_folder.Combine("new", "index.html")));
    }

    [Fact]
    public void Should_Change_Nothing_When_The_Folders_Cannot_Be_Exchanged()
    {
        Directory.CreateDirectory(_folder.Combine("new"));

        Assert.False(FolderExchange.TryExchange(_folder.Combine("new"), _folder.Combine("missing")));

        Assert.True(Directory.Exists(_folder.Combine("new")));
        Assert.False(Directory.Exists(_folder.Combine("missing")));
    }

    [Fact]
    public void Should_Restore_The_Previous_Output_That_A_Killed_Swap_Left_Aside()
    {
        var output = _folder.Combine("output");
        Commit(output, "the site");
        var asideByKilledSwap = output + ".previous-0123456789abcdef0123456789abcdef";
        Directory.Move(output, asideByKilledSwap);

        using (new StagedOutput(output))
        {
            Assert.Equal("the site", File.ReadAllText(Path.Combine(output, "index.html")));
        }

        Assert.False(Directory.Exists(asideByKilledSwap));
        Assert.Equal("the site", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void Should_Keep_A_Symlinked_Output_A_Symlink_And_Replace_The_Folder_It_Points_To()
    {
        var served = _folder.Combine("www", "site");
        Assert.True(new SiteBuilder().Build(BuildOptionsFor.Fixture("minimal", served)).Succeeded);
        File.WriteAllText(Path.Combine(served, "stale.html"), "from the old site");
        var link = _folder.Combine("output");
        Directory.CreateSymbolicLink(link, served);

        Assert.True(new SiteBuilder().Build(BuildOptionsFor.Fixture("minimal", link)).Succeeded);

        Assert.Equal(served, new DirectoryInfo(link).LinkTarget);
        Assert.False(File.Exists(Path.Combine(served, "stale.html")));
        Assert.True(File.Exists(Path.Combine(served, "index.html")));
        Assert.Equal(["site"], Directory.GetFileSystemEntries(_folder.Combine("www")).Select(Path.GetFileName));
    }

    public void Dispose() => _folder.Dispose();

    private static void Commit(string output, string page)
    {
        using var staging = new StagedOutput(output);
        File.WriteAllText(Path.Combine(staging.Folder, "index.html"), page);
        staging.Commit();
    }
}
