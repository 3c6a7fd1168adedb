using System.Globalization;
using Portal.Bench.Measuring;
using Portal.Bench.SyntheticData;

namespace Portal.Bench;

/// <summary>Prints the benchmark's figures as Markdown tables, ready to paste into a note.</summary>
internal static class Report
{
    public static void Comparison(string name, DataScale scale, PortalBuild plain, PortalBuild? searched, ProcessRun hugo)
    {
        Line($"## {name}: {scale}");
        Line("");
        Line("| measure | value |");
        Line("| --- | --- |");
        foreach (var (phase, ms) in plain.Phases)
        {
            Line($"| phase: {phase} | {ms:N0} ms |");
        }

        Line($"| build without search, wall | {plain.Run.Wall.TotalSeconds:N2} s |");
        Line($"| pages | {plain.Pages:N0} |");
        Line($"| pages per second | {plain.PagesPerSecond:N0} |");
        Line($"| peak memory | {plain.Run.PeakBytes / 1048576.0:N0} MB |");
        Line($"| output size | {plain.OutputBytes / 1048576.0:N1} MB |");
        Line($"| Hugo, same number of pages, wall | {hugo.Wall.TotalSeconds:N2} s (exit {hugo.ExitCode}) |");
        Line($"| ratio, our build without search / Hugo | {plain.Run.Wall.TotalSeconds / hugo.Wall.TotalSeconds:N2} |");
        if (searched is null)
        {
            Line("| build with search | not run (--no-search) |");
            return;
        }

        Line($"| build with search, wall | {searched.Run.Wall.TotalSeconds:N2} s |");
        Line($"| search index (Pagefind) | {searched.Phase("search index") / 1000:N2} s |");
        Line($"| peak memory with search: the build, and the build with Pagefind running | {searched.Run.PeakBytes / 1048576.0:N0} MB, {searched.Run.PeakTreeBytes / 1048576.0:N0} MB |");
        Line($"| output size with search index | {searched.OutputBytes / 1048576.0:N1} MB (index {(searched.OutputBytes - plain.OutputBytes) / 1048576.0:N1} MB) |");
    }

    public static void Rebuilds(string name, DataScale scale, IReadOnlyList<RebuildRun.Edit> edits)
    {
        Line($"## rebuild while serving, {name}: {scale}");
        Line("");
        Line("| edit | kind | saved to page on disk | rebuild as serve reports it | pages written |");
        Line("| --- | --- | --- | --- | --- |");
        foreach (var (edit, i) in edits.Select((e, i) => (e, i + 1)))
        {
            Line($"| {i} | {edit.Kind} | {edit.SavedToOnDisk.TotalMilliseconds:N0} ms | {edit.RebuildMilliseconds:N0} ms | {edit.PagesWritten:N0} |");
        }

        var times = edits.Select(e => e.SavedToOnDisk.TotalMilliseconds).Order().ToList();
        Line($"| median | | {times[times.Count / 2]:N0} ms | | |");
        Line($"| slowest | | {times[^1]:N0} ms | | |");
    }

    public static void Scaling(IReadOnlyList<(string Factor, DataScale Scale, PortalBuild Build)> rows)
    {
        Line("| factor of national | pages | wall | ms per 1,000 pages | pages per second | peak memory |");
        Line("| --- | --- | --- | --- | --- | --- |");
        foreach (var (factor, _, build) in rows)
        {
            Line($"| {factor} | {build.Pages:N0} | {build.Run.Wall.TotalSeconds:N2} s | {build.Run.Wall.TotalMilliseconds / build.Pages * 1000:N0} | {build.PagesPerSecond:N0} | {build.Run.PeakBytes / 1048576.0:N0} MB |");
        }
    }

    private static void Line(FormattableString text) => Console.WriteLine(text.ToString(CultureInfo.InvariantCulture));

    private static void Line(string text) => Console.WriteLine(text);
}
