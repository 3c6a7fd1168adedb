namespace Portal.Pipeline;

/// <summary>
/// Where a build writes. A full build writes into a fresh staging folder, where nothing reads yet. A rebuild
/// writes into the served output, so each file is written beside its place and renamed over the old one:
/// a browser never reads half a page.
/// </summary>
internal sealed class OutputTarget(string folder, bool replaceInPlace)
{
    private int _filesChanged;

    public string Folder => folder;

    /// <summary>Files written or removed so far: what a rebuild in place that fails halfway has already changed.</summary>
    public int FilesChanged => Volatile.Read(ref _filesChanged);

    public string PathOf(string relativeFile) => Path.Combine(folder, relativeFile.TrimStart('/').Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Writes bytes; returns their length, the size of the file.</summary>
    public long Write(string relativeFile, ReadOnlyMemory<byte> content) => Place(relativeFile, file =>
    {
        File.WriteAllBytes(file, content.Span);
        return content.Length;
    });

    /// <summary>
    /// Writes through a stream, for files made by writers; returns the size written, read back from the file:
    /// some writers close their stream when they finish, so its length can no longer be asked.
    /// </summary>
    public long Write(string relativeFile, Action<Stream> write) => Place(relativeFile, file =>
    {
        using (var stream = File.Create(file))
        {
            write(stream);
        }

        return new FileInfo(file).Length;
    });

    /// <summary>Copies a file the build does not make, such as a theme's stylesheet.</summary>
    public void Copy(string sourceFile, string relativeFile) => Place(relativeFile, file =>
    {
        File.Copy(sourceFile, file, overwrite: true);
        return 0;
    });

    /// <summary>Writes a file in place, or beside it and renamed over it when the output is being served.</summary>
    private long Place(string relativeFile, Func<string, long> writeTo)
    {
        var file = PathOf(relativeFile);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var written = replaceInPlace ? file + ".partial" : file;
        var size = writeTo(written);
        if (replaceInPlace)
        {
            File.Move(written, file, overwrite: true);
        }

        Interlocked.Increment(ref _filesChanged);
        return size;
    }

    public Stream Read(string relativeFile) => File.OpenRead(PathOf(relativeFile));

    /// <summary>Removes a page a rebuild no longer makes, and its folder when nothing else is left in it.</summary>
    public void Delete(string relativeFile)
    {
        var file = PathOf(relativeFile);
        File.Delete(file);
        Interlocked.Increment(ref _filesChanged);
        var folderOfFile = Path.GetDirectoryName(file)!;
        if (Directory.Exists(folderOfFile) && !Directory.EnumerateFileSystemEntries(folderOfFile).Any())
        {
            Directory.Delete(folderOfFile);
        }
    }
}
