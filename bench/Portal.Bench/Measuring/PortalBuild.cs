using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Bench.Measuring;

/// <summary>One measured build of the portal: the phases it reports, and what the benchmark saw from outside.</summary>
internal sealed partial record PortalBuild(ProcessRun Run, IReadOnlyList<(string Phase, double Milliseconds)> Phases, int Pages, long OutputBytes)
{
    private static readonly string Program = typeof(Portal.Pipeline.SiteBuilder).Assembly.Location;

    public double PagesPerSecond => Pages / Run.Wall.TotalSeconds;

    public double Phase(string name) => Phases.Where(p => p.Phase == name).Sum(p => p.Milliseconds);

    public static PortalBuild Measure(string dataFolder, string contentFolder, string theme, string output, bool search)
    {
        string[] args = ["exec", Program, "build", "--data", dataFolder, "--content", contentFolder, "--theme", theme, "--output", output, "--as-of", "2026-06-30"];
        var run = ProcessRun.Of("dotnet", search ? args : [.. args, "--no-search"]);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"the build failed (exit {run.ExitCode}):\n{run.Output}");
        }

        var phases = PhaseLine().Matches(run.Output)
            .Select(m => (m.Groups["phase"].Value, double.Parse(m.Groups["ms"].Value, CultureInfo.InvariantCulture)))
            .ToList();
        var pages = int.Parse(PagesLine().Match(run.Output).Groups["pages"].Value, CultureInfo.InvariantCulture);
        return new PortalBuild(run, phases, pages, FolderSize.Of(output));
    }

    [GeneratedRegex(@"^  (?<phase>[a-z ]+): (?<ms>\d+) ms$", RegexOptions.Multiline)]
    private static partial Regex PhaseLine();

    [GeneratedRegex(@"(?<pages>\d+) pages written")]
    private static partial Regex PagesLine();
}
