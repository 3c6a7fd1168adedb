namespace Portal.TextFiles;

/// <summary>Paths as diagnostics show them: relative to the working folder where possible, with forward slashes.</summary>
internal static class DisplayPath
{
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) ? full : relative;
        return shown.Replace('\\', '/');
    }
}
