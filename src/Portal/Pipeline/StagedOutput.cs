namespace Portal.Pipeline;

/// <summary>
/// Writes a build into a fresh folder beside the output and swaps it into place only when the build succeeds, so a
/// failed or killed build leaves the previous site exactly as it was. On Linux the swap is one exchange of the two
/// folders, so the output is never missing; elsewhere it is two renames, and a build killed between them leaves
/// the old site aside, which the next build puts back. When the output is a symlink, the folder it points to is
/// swapped and the link kept, so whatever serves the link serves the new site. A lock file beside the output
/// keeps two builds from writing the same output at once; the operating system releases it if the build is killed.
/// </summary>
internal sealed class StagedOutput : IDisposable
{
    private readonly string _target;
    private readonly FileStream _lock;
    private bool _committed;

    public StagedOutput(string target)
    {
        _target = PhysicalPath.Of(target);
        var parent = Path.GetDirectoryName(_target) ?? throw new OutputRefusedException($"{target} is the root of the file system");
        var name = Path.GetFileName(_target);
        Directory.CreateDirectory(parent);
        _lock = Lock(Path.Combine(parent, $".{name}.lock"));
        RecoverLeftovers(parent, name);
        Folder = Path.Combine(parent, $".{name}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Folder);
        OutputFolderGuard.Mark(Folder);
    }

    /// <summary>The folder pages are written into.</summary>
    public string Folder { get; }

    public void Commit()
    {
        if (OutputFolderGuard.NotTheBuildsOwn(_target) is { } reason)
        {
            throw new OutputRefusedException($"refusing to replace {_target}: {reason}");
        }

        if (Directory.Exists(_target) && FolderExchange.TryExchange(Folder, _target))
        {
            // The staging folder's name now holds the old site.
            _committed = true;
            Directory.Delete(Folder, recursive: true);
            return;
        }

        var previous = _target + $".previous-{Guid.NewGuid():N}";
        if (Directory.Exists(_target))
        {
            Directory.Move(_target, previous);
        }

        Directory.Move(Folder, _target);
        _committed = true;
        if (Directory.Exists(previous))
        {
            Directory.Delete(previous, recursive: true);
        }
    }

    private static FileStream Lock(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            throw new OutputBusyException(path);
        }
    }

    /// <summary>
    /// A killed build leaves its staging folder behind, which is cleared away. One killed between the two renames
    /// of a swap also leaves the old site aside with no output in its place: that site is put back, not deleted.
    /// </summary>
    private static void RecoverLeftovers(string parent, string name)
    {
        foreach (var staging in Directory.EnumerateDirectories(parent, $".{name}.staging-*"))
        {
            Directory.Delete(staging, recursive: true);
        }

        var output = Path.Combine(parent, name);
        var asides = Directory.GetDirectories(parent, $"{name}.previous-*").OrderByDescending(Directory.GetLastWriteTimeUtc).ToList();
        if (asides.Count > 0 && !Path.Exists(output))
        {
            Directory.Move(asides[0], output);
            asides.RemoveAt(0);
        }

        foreach (var aside in asides)
        {
            Directory.Delete(aside, recursive: true);
        }
    }

    public void Dispose()
    {
        using var _ = _lock;
        if (!_committed && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
