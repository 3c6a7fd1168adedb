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
            output.WriteLine(Invariant($"{file.Path}: {file.RowsRead} read, {file.RowsPublished} {(wroteSite && report.Succeeded ? "published" : "valid")}, {file.RowsWithErrors} with errors"));
        }

        foreach (var phase in report.Phases)
        {
            output.WriteLine(Invariant($"  {phase.Phase}: {phase.Elapsed.TotalMilliseconds:0} ms"));
        }

        var verb = wroteSite ? "build" : "validate";
        var outcome = report.Succeeded ? "succeeded" : wroteSite ? "failed; nothing was written" : "failed";
        var unchanged = report.PagesUnchanged > 0 ? Invariant($" ({report.PagesUnchanged} unchanged)") : string.Empty;
        var pages = wroteSite ? Invariant($"{report.PagesWritten} pages written{unchanged}, ") : string.Empty;
        output.WriteLine(Invariant($"{verb} {outcome}: {pages}{report.Errors} errors, {report.Warnings} warnings"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
