using Portal.Bench.SyntheticData;

namespace Portal.Bench;

/// <summary>
/// <c>generate SCALE DIR [--seed N]</c> writes synthetic data. More commands come with the benchmark itself.
/// </summary>
internal static class BenchmarkCommand
{
    public static int Run(string[] args)
    {
        switch (args)
        {
            case ["generate", var scale, var folder, ..]:
                var seed = args.SkipWhile(a => a != "--seed").Skip(1).Select(int.Parse).FirstOrDefault(42);
                var dataScale = DataScale.Parse(scale);
                new SyntheticDataGenerator(dataScale, seed).WriteTo(Path.Combine(folder, "data"), Path.Combine(folder, "input"));
                Console.WriteLine($"Wrote {dataScale} to {folder}");
                return 0;
            default:
                Console.Error.WriteLine("usage: generate <national|global|FACTOR> <folder> [--seed N]");
                return 2;
        }
    }
}
