using System.Globalization;
using Portal.Pipeline;

namespace Portal.Cli;

/// <summary>
/// Prints diagnostics to stderr as <c>path:line:column: error: message</c>, the form compilers use, and the
/// build's accounting to stdout: every row read is either published or reported.
/// </summary>
internal static class ReportPrinter
{
    public static void Print(BuildReport report, TextWriter output, TextWriter errors, bool wroteSite)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            errors.WriteLine(diagnostic.ToString());
        }

        foreach (var file in report.Files)
        {
            output.WriteLine(Account(file, wroteSite && report.Succeeded));
        }

        foreach (var phase in report.Phases)
        {
            output.WriteLine(Invariant($"  {phase.Phase}: {phase.Elapsed.TotalMilliseconds:0} ms"));
        }

        output.WriteLine(Invariant($"{Outcome(report, wroteSite)}: {(wroteSite ? Written(report) : string.Empty)}{report.Errors} errors, {report.Warnings} warnings"));
    }

    /// <summary>One file's line: its rows read, published (or valid) and with errors, its drafts, or why it was not read.</summary>
    private static string Account(Loading.FileAccount file, bool published)
    {
        if (file.NotRead is { } why)
        {
            return $"{file.Path}: {why}";
        }

        var drafts = file.Drafts switch
        {
            0 => string.Empty,
            1 => ", 1 draft",
            var count => Invariant($", {count} drafts"),
        };
        return Invariant($"{file.Path}: {file.RowsRead} read, {file.RowsPublished} {(published ? "published" : "valid")}{drafts}, {file.RowsWithErrors} with errors");
    }

    private static string Outcome(BuildReport report, bool wroteSite)
    {
        if (!wroteSite)
        {
            return report.Succeeded ? "validate succeeded" : "validate failed";
        }

        if (report.Succeeded)
        {
            return "build succeeded";
        }

        return report.Output == OutputChange.ChangedInPlace
            ? Invariant($"rebuild failed; {report.FilesChangedInPlace} files of the served output were already replaced or removed; the next edit rebuilds everything")
            : "build failed; nothing was written";
    }

    /// <summary>
    /// Pages written, or that an edit changed nothing: a rebuild after a file was saved as it was writes no page.
    /// A failed rebuild in place has already counted the files it changed; a failure of the disk stops it before
    /// it could count its pages.
    /// </summary>
    private static string Written(BuildReport report)
    {
        if (report.Succeeded && report.Output == OutputChange.None)
        {
            return "nothing changed, ";
        }

        if (!report.Succeeded && report.Output == OutputChange.ChangedInPlace)
        {
            return string.Empty;
        }

        var unchanged = report.PagesUnchanged > 0 ? Invariant($" ({report.PagesUnchanged} unchanged)") : string.Empty;
        return Invariant($"{report.PagesWritten} pages written{unchanged}, ");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
