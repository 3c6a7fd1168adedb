using Portal.Cli;
using Portal.Domain.Diagnostics;
using Portal.Pipeline;

namespace Portal.Tests.Cli;

public sealed class ReportPrinterTests
{
    private static readonly Diagnostic BrokenLink = new(DiagnosticSeverity.Error, SourceLocation.OfFile("output/commitments/x/index.html"), "broken link '/nowhere/' on /commitments/x/: no page or file at /nowhere/");

    [Fact]
    public void Should_Say_Nothing_Changed_When_An_Edit_Wrote_No_Page()
    {
        var report = Report() with { PagesUnchanged = 120 };

        Assert.Equal("build succeeded: nothing changed, 0 errors, 0 warnings", LastLine(report));
    }

    [Fact]
    public void Should_Count_The_Pages_Written_And_Left_Unchanged_By_A_Rebuild_In_Place()
    {
        var report = Report() with { Output = OutputChange.ChangedInPlace, PagesWritten = 7, PagesUnchanged = 113, FilesChangedInPlace = 12 };

        Assert.Equal("build succeeded: 7 pages written (113 unchanged), 0 errors, 0 warnings", LastLine(report));
    }

    [Fact]
    public void Should_Say_Nothing_Was_Written_When_A_Full_Build_Fails()
    {
        var report = Report(BrokenLink);

        Assert.Equal("build failed; nothing was written: 0 pages written, 1 errors, 0 warnings", LastLine(report));
    }

    [Fact]
    public void Should_Say_How_Many_Files_Were_Already_Replaced_When_A_Rebuild_In_Place_Fails()
    {
        var report = Report(BrokenLink) with { Output = OutputChange.ChangedInPlace, PagesWritten = 7, FilesChangedInPlace = 12 };

        var line = LastLine(report);

        Assert.Equal("rebuild failed; 12 files of the served output were already replaced or removed; the next edit rebuilds everything: 1 errors, 0 warnings", line);
        Assert.DoesNotContain("nothing was written", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Print_A_Validation_Without_Pages()
    {
        Assert.Equal("validate failed: 1 errors, 0 warnings", LastLine(Report(BrokenLink), wroteSite: false));
    }

    private static BuildReport Report(params Diagnostic[] diagnostics) => new() { Files = [], Diagnostics = diagnostics };

    private static string LastLine(BuildReport report, bool wroteSite = true)
    {
        var output = new StringWriter();
        ReportPrinter.Print(report, output, new StringWriter(), wroteSite);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
    }
}
