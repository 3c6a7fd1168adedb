using System.Globalization;
using Portal.Bench.Hugo;
using Portal.Bench.Measuring;
using Portal.Bench.SyntheticData;
using Portal.Testing;

namespace Portal.Bench;

/// <summary>
/// The benchmark's commands:
/// <code>
/// generate SCALE DIR [--seed N]   write synthetic data (SCALE: national, global, or a factor of national)
/// run SCALE [--seed N] [--no-search]  build it without and with search, build as many pages with Hugo, compare
/// scaling F1 F2 F3 [--seed N]     build at several sizes to show how time grows with the data
/// rebuild SCALE [--edits N]       run serve, edit one row of commitments.csv at a time, time each rebuild
/// </code>
/// </summary>
internal static class BenchmarkCommand
{
    public static int Run(string[] args)
    {
        var seed = args.SkipWhile(a => a != "--seed").Skip(1).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).FirstOrDefault(42);
        var edits = args.SkipWhile(a => a != "--edits").Skip(1).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).FirstOrDefault(10);
        var search = !args.Contains("--no-search");
        var positional = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        switch (positional)
        {
            case ["generate", var scale, var folder]:
                Generate(DataScale.Parse(scale), seed, folder);
                return 0;
            case ["run", var scale]:
                Compare(DataScale.Parse(scale), seed, scale, search);
                return 0;
            case ["rebuild", var scale]:
                Rebuilds(DataScale.Parse(scale), seed, scale, edits);
                return 0;
            case ["scaling", .. var factors] when factors.Length > 0:
                Scaling(factors, seed);
                return 0;
            default:
                Console.Error.WriteLine("usage: generate SCALE DIR | run SCALE [--no-search] | scaling F1 F2 ... | rebuild SCALE [--edits N] [--seed N]; SCALE is national, global or a factor of national");
                return 2;
        }
    }

    private static void Generate(DataScale scale, int seed, string folder)
    {
        new SyntheticDataGenerator(scale, seed).WriteTo(Path.Combine(folder, "data"), Path.Combine(folder, "input"));
        Console.WriteLine($"Wrote {scale} (seed {seed}) to {folder}");
    }

    private static void Compare(DataScale scale, int seed, string name, bool search)
    {
        var folder = Workspace($"run-{name}");
        Generate(scale, seed, folder);
        var plain = Build(folder, search: false);
        var hugo = HugoSite.Build(Path.Combine(folder, "hugo"), plain.Pages);
        var searched = search ? Build(folder, search: true) : null;
        Report.Comparison(name, scale, plain, searched, hugo);
    }

    private static void Rebuilds(DataScale scale, int seed, string name, int edits)
    {
        var folder = Workspace($"rebuild-{name}");
        Generate(scale, seed, folder);
        Report.Rebuilds(name, scale, RebuildRun.Measure(folder, RepositoryPaths.Theme, edits));
    }

    private static void Scaling(IEnumerable<string> factors, int seed)
    {
        var rows = factors.Select(f =>
        {
            var scale = DataScale.Parse(f);
            var folder = Workspace($"scaling-{f}");
            Generate(scale, seed, folder);
            return (f, scale, Build(folder, search: false));
        }).ToList();
        Report.Scaling(rows);
    }

    private static PortalBuild Build(string folder, bool search) =>
        PortalBuild.Measure(Path.Combine(folder, "data"), Path.Combine(folder, "input"), RepositoryPaths.Theme, Path.Combine(folder, search ? "output-search" : "output"), search);

    private static string Workspace(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "portal-bench", name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        return folder;
    }
}
