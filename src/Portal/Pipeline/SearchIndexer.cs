using System.Diagnostics;
using Portal.Domain.Diagnostics;

namespace Portal.Pipeline;

/// <summary>
/// Runs Pagefind over the staged site, so the search index is swapped into place with the pages it indexes.
/// Pagefind comes from the npm registry at the version package.json pins; when it is not installed yet, the
/// build installs it from package-lock.json with <c>npm ci</c>, so no manual step is needed.
/// </summary>
internal static class SearchIndexer
{
    private const string PackageFile = "package.json";
    private static readonly string Executable = Path.Combine("node_modules", ".bin", "pagefind");

    public static void Index(string siteFolder, DiagnosticBag diagnostics)
    {
        var pagefind = FindExecutable() ?? Install(diagnostics);
        if (pagefind is null)
        {
            return;
        }

        var (exit, output) = Run(pagefind, ["--site", siteFolder, "--silent"], workingDirectory: null);
        if (exit != 0)
        {
            diagnostics.Error(SourceLocation.OfFile(siteFolder), $"Pagefind failed to index the site (exit {exit}): {output.Trim()}");
        }
    }

    /// <summary>node_modules/.bin/pagefind in the working folder, the program's folder, or a folder above either.</summary>
    private static string? FindExecutable() =>
        CandidateFolders().Select(f => Path.Combine(f, Executable)).FirstOrDefault(File.Exists);

    private static string? Install(DiagnosticBag diagnostics)
    {
        var project = CandidateFolders().FirstOrDefault(f =>
            File.Exists(Path.Combine(f, PackageFile)) && File.ReadAllText(Path.Combine(f, PackageFile)).Contains("\"pagefind\"", StringComparison.Ordinal));
        if (project is null)
        {
            diagnostics.Error(SourceLocation.OfFile(PackageFile), "Pagefind is not installed and no package.json names it; run the build from the portal's folder, or pass --no-search");
            return null;
        }

        try
        {
            var (exit, output) = Run("npm", ["ci", "--no-audit", "--no-fund"], project);
            if (exit == 0 && File.Exists(Path.Combine(project, Executable)))
            {
                return Path.Combine(project, Executable);
            }

            diagnostics.Error(SourceLocation.OfFile(Path.Combine(project, PackageFile)), $"installing Pagefind with 'npm ci' failed (exit {exit}): {output.Trim()}");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            diagnostics.Error(SourceLocation.OfFile(Path.Combine(project, PackageFile)), "the search index needs Node.js and npm to install Pagefind; install them, or pass --no-search");
        }

        return null;
    }

    private static IEnumerable<string> CandidateFolders() =>
        new[] { Environment.CurrentDirectory, AppContext.BaseDirectory }
            .SelectMany(Ancestors)
            .Distinct(StringComparer.Ordinal);

    private static IEnumerable<string> Ancestors(string folder)
    {
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            yield return current.FullName;
        }
    }

    private static (int Exit, string Output) Run(string program, IEnumerable<string> args, string? workingDirectory)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
