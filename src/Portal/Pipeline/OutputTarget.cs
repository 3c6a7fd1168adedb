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

    public void Write(string relativeFile, ReadOnlySpan<byte> content)
    {
        var file = PathOf(relativeFile);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        if (!replaceInPlace)
        {
            File.WriteAllBytes(file, content);
            return;
        }

        var temporary = file + ".partial";
        File.WriteAllBytes(temporary, content);
        File.Move(temporary, file, overwrite: true);
    }

    /// <summary>Writes through a stream, for files made by writers; returns the size written.</summary>
    public long Write(string relativeFile, Action<Stream> write)
    {
        var file = PathOf(relativeFile);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temporary = replaceInPlace ? file + ".partial" : file;
        using (var stream = File.Create(temporary))
        {
            write(stream);
        }

        // Some writers close the stream when they finish, so the size is read from the file.
        var size = new FileInfo(temporary).Length;

        if (replaceInPlace)
        {
            File.Move(temporary, file, overwrite: true);
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
