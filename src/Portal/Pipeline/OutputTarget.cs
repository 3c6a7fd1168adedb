namespace Portal.Pipeline;

/// <summary>
/// Where a build writes. A full build writes into a fresh staging folder, where nothing reads yet. A rebuild
/// writes into the served output, so each file is written beside its place and renamed over the old one:
/// a browser never reads half a page.
/// </summary>
internal sealed class OutputTarget(string folder, bool replaceInPlace)
{
    public string Folder => folder;

    public string PathOf(string relativeFile) => Path.Combine(folder, relativeFile.TrimStart('/').Replace('/', Path.DirectorySeparatorChar));

    public void Write(string relativeFile, ReadOnlyMemory<byte> content) => Write(relativeFile, file => File.WriteAllBytes(file, content.Span));

    /// <summary>Writes through a stream, for files made by writers; returns the size written.</summary>
    public long Write(string relativeFile, Action<Stream> write) => Write(relativeFile, file =>
    {
        using var stream = File.Create(file);
        write(stream);
    });

    /// <summary>
    /// Writes a file in place, or beside it and renamed over it when the output is being served. Returns its size,
    /// read from the file: some writers close their stream when they finish.
    /// </summary>
    private long Write(string relativeFile, Action<string> writeTo)
    {
        var file = PathOf(relativeFile);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var written = replaceInPlace ? file + ".partial" : file;
        writeTo(written);
        var size = new FileInfo(written).Length;
        if (replaceInPlace)
        {
            File.Move(written, file, overwrite: true);
        }

        return size;
    }

    public Stream Read(string relativeFile) => File.OpenRead(PathOf(relativeFile));

    /// <summary>Removes a page a rebuild no longer makes, and its folder when nothing else is left in it.</summary>
    public void Delete(string relativeFile)
    {
        var file = PathOf(relativeFile);
        File.Delete(file);
        var folderOfFile = Path.GetDirectoryName(file)!;
        if (Directory.Exists(folderOfFile) && !Directory.EnumerateFileSystemEntries(folderOfFile).Any())
        {
            Directory.Delete(folderOfFile);
        }
    }
}
