namespace Portal.Pipeline;

/// <summary>
/// A path as the file system reaches it: absolute, with <c>.</c> and <c>..</c> taken as the system takes them and
/// every symlink along it followed, so that two spellings of one folder compare equal. The part of the path that
/// does not exist yet is kept as written.
/// </summary>
internal static class PhysicalPath
{
    /// <summary>As many links as Linux follows in one path before it gives up (MAXSYMLINKS).</summary>
    private const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <summary>Paths differ only in case on Windows and macOS, whose file systems ignore it by default.</summary>
    public static StringComparison Comparison { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <exception cref="IOException">The path runs through a loop of symlinks.</exception>
    public static string Of(string path)
    {
        var linksLeft = MaxLinks;
        return Resolve(Path.Combine(Directory.GetCurrentDirectory(), path), ref linksLeft);
    }

    public static bool IsFileSystemRoot(string physical) => string.Equals(Path.GetPathRoot(physical), physical, Comparison);

    /// <summary>Whether <paramref name="folder"/> is <paramref name="inner"/> or one of the folders above it.</summary>
    public static bool IsSameOrAbove(string folder, string inner) =>
        string.Equals(folder, inner, Comparison)
        || inner.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, Comparison);

    private static string Resolve(string absolute, ref int linksLeft)
    {
        var root = Path.GetPathRoot(absolute)!;
        var resolved = root;
        foreach (var part in absolute[root.Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? resolved;
                continue;
            }

            var next = Path.Combine(resolved, part);
            if (new FileInfo(next).LinkTarget is { } target)
            {
                if (--linksLeft < 0)
                {
                    throw new IOException($"too many levels of symbolic links in {absolute}");
                }

                next = Resolve(Path.Combine(resolved, target), ref linksLeft);
            }

            resolved = next;
        }

        return resolved;
    }
}
