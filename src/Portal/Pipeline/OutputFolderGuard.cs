namespace Portal.Pipeline;

/// <summary>
/// Keeps a mistyped <c>--output</c> from costing anyone their files. A build replaces its output folder whole, so
/// the folder must be the build's own: never the data, content or theme folder or a folder inside one, the
/// repository the build runs in, a folder above any of them, or the root of the file system; and, when it exists and holds anything, a folder
/// an earlier build wrote, as the marker file every build leaves in it shows. Paths are compared as the file
/// system reaches them, symlinks followed, so no spelling of a folder slips through.
/// </summary>
internal static class OutputFolderGuard
{
    public const string MarkerName = ".portal-output";

    /// <summary>The marker's content: the same on every machine, so that builds stay byte-identical.</summary>
    public const string MarkerText = "portal wrote this folder and replaces it whole on every build: keep nothing of your own in it.\n";

    private const string OwnFolderAdvice = "the build replaces its output folder whole, so give it a folder of its own, such as 'output'";

    /// <summary>Why the build must not write the output folder it was given, or null when it may.</summary>
    public static string? Refusal(BuildOptions options)
    {
        string output;
        string? reason;
        try
        {
            output = PhysicalPath.Of(options.OutputFolder);
            reason = Overlap(output, options) ?? NotTheBuildsOwn(output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"refusing --output '{options.OutputFolder}': {e.Message}";
        }

        return reason is null ? null : $"refusing --output '{options.OutputFolder}' ({output}): {reason}";
    }

    /// <summary>Why a build must not replace this existing folder, or null when the folder is missing, empty or marked as a build's.</summary>
    public static string? NotTheBuildsOwn(string physicalOutput)
    {
        if (File.Exists(physicalOutput))
        {
            return "it is a file, not a folder";
        }

        if (!Directory.Exists(physicalOutput) || !Directory.EnumerateFileSystemEntries(physicalOutput).Any() || File.Exists(Path.Combine(physicalOutput, MarkerName)))
        {
            return null;
        }

        return $"the folder holds files that no build wrote (it has no {MarkerName} file), and a build replaces everything in it; " +
            "pick another folder, or empty it first";
    }

    public static void Mark(string folder) => File.WriteAllText(Path.Combine(folder, MarkerName), MarkerText);

    private static string? Overlap(string output, BuildOptions options)
    {
        if (PhysicalPath.IsFileSystemRoot(output))
        {
            return $"it is the root of the file system; {OwnFolderAdvice}";
        }

        var inputs = InputFolders(options).ToList();
        var overlapping = inputs.Concat(RepositoryFolder()).Where(kept => PhysicalPath.IsSameOrAbove(output, kept.Folder)).ToList();
        if (overlapping.Count == 0)
        {
            // Inside an input folder the site would be read back as input, and serve would rebuild on its own writes.
            return inputs.FirstOrDefault(input => PhysicalPath.IsSameOrAbove(input.Folder, output)) is ({ } inputName, { } holder)
                ? $"it is inside {inputName} ({holder}); {OwnFolderAdvice}"
                : null;
        }

        // Name the folder the output is, when it is one: "it is the repository" says more than "it holds the data".
        var (name, folder) = overlapping.FirstOrDefault(kept => string.Equals(output, kept.Folder, PhysicalPath.Comparison), overlapping[0]);
        var relation = string.Equals(output, folder, PhysicalPath.Comparison) ? "it is" : "it holds";
        return $"{relation} {name} ({folder}); {OwnFolderAdvice}";
    }

    private static IEnumerable<(string Name, string Folder)> InputFolders(BuildOptions options)
    {
        yield return ("the data folder given by --data", PhysicalPath.Of(options.DataFolder));
        yield return ("the content folder given by --content", PhysicalPath.Of(options.ContentFolder));
        yield return ("the theme folder given by --theme", PhysicalPath.Of(options.ThemeFolder));
    }

    private static IEnumerable<(string Name, string Folder)> RepositoryFolder()
    {
        if (RepositoryAround(PhysicalPath.Of(Directory.GetCurrentDirectory())) is { } repository)
        {
            yield return ("the repository the build runs in", repository);
        }
    }

    /// <summary>The nearest folder at or above <paramref name="folder"/> that holds <c>.git</c> (a folder, or a file in a worktree).</summary>
    private static string? RepositoryAround(string folder)
    {
        for (var current = folder; current is not null; current = Path.GetDirectoryName(current))
        {
            if (Path.Exists(Path.Combine(current, ".git")))
            {
                return current;
            }
        }

        return null;
    }
}
