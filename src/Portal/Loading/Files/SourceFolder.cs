using System.IO.Enumeration;
using Portal.Domain.Diagnostics;
using Portal.TextFiles.Encodings;
using Portal.TextFiles;

namespace Portal.Loading.Files;

/// <summary>
/// One input folder (data, content or theme) as the build reads it: the regular files inside it, and nothing
/// else. Git stores symbolic links, so a pull request could add one to <c>/proc/self/environ</c> and a deploy
/// preview would publish it; every link below the folder is therefore refused, wherever it points, since a link
/// that stays inside today can be pointed outside by the next commit. Named pipes, devices and sockets are refused
/// before they are opened. Each refusal is an error naming the path. The folder itself may be a link: the user
/// names it on the command line.
/// </summary>
internal sealed class SourceFolder(string root, DiagnosticBag diagnostics)
{
    private static readonly EnumerationOptions Entries = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    public string Root => root;

    public bool Exists => Directory.Exists(root);

    /// <summary>
    /// The regular files whose names match the pattern (<c>*.md</c>) in a folder, and in the folders below it when
    /// recursive, in ordinal order; a link, pipe or device the build would otherwise have read is reported instead.
    /// </summary>
    public IReadOnlyList<string> Files(string folder, string pattern, bool recursive)
    {
        var found = new List<string>();
        var link = LinkRefusal(folder);
        if (Directory.Exists(folder) && link is null)
        {
            Collect(folder, pattern, recursive, found);
        }
        else if (link is not null || Path.Exists(folder))
        {
            Report(folder, link ?? "this is not a folder");
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>
    /// Finds a file the contract names by its exact name, even on a file system that ignores case: its path when it
    /// is a regular file; no path and not present when nothing has that name; no path but present, with an error,
    /// when a file whose name differs only in case, or a folder, link or pipe of that name, stands in its place.
    /// </summary>
    public (string? Path, bool Present) Find(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        if (Directory.Exists(folder) && LinkRefusal(folder) is { } link)
        {
            return Refused(folder, link);
        }

        string[] entries;
        try
        {
            entries = Directory.Exists(folder) ? Names(folder) : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refused(folder, e.Message);
        }

        if (entries.Contains(name, StringComparer.Ordinal))
        {
            return Refusal(path) is { } reason ? Refused(path, reason) : (path, true);
        }

        if (entries.FirstOrDefault(e => string.Equals(e, name, StringComparison.OrdinalIgnoreCase)) is { } misnamed)
        {
            return Refused(Path.Combine(folder, misnamed), $"the file must be named '{name}' (names are case-sensitive): rename it");
        }

        return (null, false);
    }

    /// <summary>The bytes of a regular file of this folder, or null with an error naming the path.</summary>
    public byte[]? Read(string path)
    {
        if (Refusal(path) is { } reason)
        {
            Report(path, reason);
            return null;
        }

        try
        {
            return RegularFile.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report(path, e.Message);
            return null;
        }
    }

    /// <summary>The text of a regular file of this folder, decoded as UTF-8, or null with an error.</summary>
    public string? ReadText(string path) =>
        Read(path) is { } bytes ? TextDecoder.Decode(DisplayPath.Of(path), bytes, diagnostics) : null;

    /// <summary>Why the build will not read this path, or null when it is a regular file reached through no link below the root.</summary>
    private string? Refusal(string path) => LinkRefusal(path) ?? KindRefusal(path);

    /// <summary>Why a path that is, or lies in, a symbolic link below the root is not read.</summary>
    private string? LinkRefusal(string path)
    {
        for (var current = Path.GetFullPath(path); IsBelowRoot(current); current = Path.GetDirectoryName(current)!)
        {
            if (new FileInfo(current).LinkTarget is { } target)
            {
                return current == Path.GetFullPath(path)
                    ? $"this is a symbolic link (to {target}); the build reads no links, so that nothing outside the folder is published: put the file itself here"
                    : $"this lies in {DisplayPath.Of(current)}, a symbolic link (to {target}); the build reads no links: put the folder itself here";
            }
        }

        return null;
    }

    private static string? KindRefusal(string path)
    {
        if (Directory.Exists(path))
        {
            return "this is a folder, not a file";
        }

        if (!File.Exists(path))
        {
            return "this file does not exist";
        }

        return RegularFile.OtherKind(path) is { } kind ? $"this is {kind}, not a regular file; the build reads only regular files" : null;
    }

    private bool IsBelowRoot(string fullPath)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(root), fullPath);
        return relative != "." && !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    private void Collect(string folder, string pattern, bool recursive, List<string> found)
    {
        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = [.. new DirectoryInfo(folder).EnumerateFileSystemInfos("*", Entries)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report(folder, e.Message);
            return;
        }

        foreach (var entry in entries)
        {
            var isFolder = entry.Attributes.HasFlag(FileAttributes.Directory);
            var wanted = isFolder ? recursive : FileSystemName.MatchesSimpleExpression(pattern, entry.Name, ignoreCase: false);
            if (!wanted)
            {
                continue;
            }

            if (EntryRefusal(entry, isFolder) is { } reason)
            {
                Report(entry.FullName, reason);
            }
            else if (isFolder)
            {
                Collect(entry.FullName, pattern, recursive, found);
            }
            else
            {
                found.Add(entry.FullName);
            }
        }
    }

    /// <summary>Why an entry met while walking is not read; the folders above it were checked on the way down.</summary>
    private string? EntryRefusal(FileSystemInfo entry, bool isFolder) =>
        entry.LinkTarget is not null ? LinkRefusal(entry.FullName)
        : isFolder ? null
        : KindRefusal(entry.FullName);

    private static string[] Names(string folder) =>
        [.. new DirectoryInfo(folder).EnumerateFileSystemInfos("*", Entries).Select(e => e.Name)];

    private (string? Path, bool Present) Refused(string path, string reason)
    {
        Report(path, reason);
        return (null, true);
    }

    private void Report(string path, string reason) =>
        diagnostics.Error(SourceLocation.OfFile(DisplayPath.Of(path)), reason);
}
