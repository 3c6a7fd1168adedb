namespace Portal.Pipeline;

/// <summary>
/// Writes a build into a fresh folder beside the output and swaps it into place only when the build
/// succeeds, so a failed or killed build leaves the previous site exactly as it was. A lock file beside the
/// output keeps two builds from writing the same output at once; the operating system releases it if the
/// build is killed.
/// </summary>
internal sealed class StagedOutput : IDisposable
{
    private readonly string _target;
    private readonly FileStream _lock;
    private bool _committed;

    public StagedOutput(string target)
    {
        _target = Path.GetFullPath(target);
        var parent = Path.GetDirectoryName(_target) ?? ".";
        Directory.CreateDirectory(parent);
        _lock = Lock(Path.Combine(parent, $".{Path.GetFileName(_target)}.lock"));
        RemoveLeftovers(parent, Path.GetFileName(_target));
        Folder = Path.Combine(parent, $".{Path.GetFileName(_target)}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Folder);
    }

    /// <summary>The folder pages are written into.</summary>
    public string Folder { get; }

    public void Commit()
    {
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

    /// <summary>A killed build leaves its staging folder behind; the next build clears it away.</summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        var leftovers = Directory.EnumerateDirectories(parent, $".{name}.staging-*")
            .Concat(Directory.EnumerateDirectories(parent, $"{name}.previous-*"));
        foreach (var folder in leftovers)
        {
            Directory.Delete(folder, recursive: true);
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
