using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Tests.Importing.Support;
using Portal.Tests.Pipeline;
using Xunit.Abstractions;

namespace Portal.Tests.Importing;

/// <summary>
/// The importers against generated hostile exports (<see cref="HostileExports"/>), each run through the real
/// command line, `portal import --dry-run`, in a process of its own whose GC heap is capped at 500 MB and
/// which is killed after 10 seconds of processor time (see <see cref="MeasuredProcess"/>). Every case must end with exit 0 or 1, and an exit 1 with a
/// `path:line:column: error:` line and no stack trace. Set PORTAL_FUZZ_PROGRAM to another portal.dll to
/// run the same cases against it.
/// </summary>
[Collection(ImporterFuzzCollection.Name)]
public sealed partial class ImporterFuzzTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 11;
    private const long MemoryBudget = 500L * 1024 * 1024;
    private static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(10);

    private static readonly Dictionary<string, string> CappedHeap = new()
    {
        ["DOTNET_GCHeapHardLimit"] = "0x" + MemoryBudget.ToString("X", CultureInfo.InvariantCulture),
        ["DOTNET_gcServer"] = "0",
        ["DOTNET_TieredPGO"] = "0",
    };

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_End_Every_Hostile_Export_With_A_Diagnostic_Within_500_MB_And_10_Seconds()
    {
        var data = _folder.Combine("data");
        Directory.CreateDirectory(data);
        File.Copy(Path.Combine(RepositoryPaths.Data, "recommendations.csv"), Path.Combine(data, "recommendations.csv"));
        var program = Environment.GetEnvironmentVariable("PORTAL_FUZZ_PROGRAM") ?? PortalStart.Program;

        var exports = HostileExports.All(Seed);
        var runs = new MeasuredProcess[exports.Count];
        Parallel.For(0, exports.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var file = _folder.Combine($"{exports[i].Name}.{exports[i].Extension}");
            File.WriteAllBytes(file, exports[i].Bytes());
            runs[i] = MeasuredProcess.Run(program, ["import", exports[i].Format, file, "--dry-run", "--data", data], CappedHeap, TimeBudget);
            File.Delete(file);
        });

        var results = exports.Select((export, i) => (export.Name, Run: runs[i])).ToList();
        var failures = exports.Select((export, i) => Problem(export, runs[i]) is { } problem ? $"{export.Name}: {problem}" : null).OfType<string>().ToList();

        var slowest = results.MaxBy(r => r.Run.CpuTime);
        var hungriest = results.MaxBy(r => r.Run.PeakBytes);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{results.Count} cases, two at a time; slowest {slowest.Name} {slowest.Run.CpuTime.TotalSeconds:F2} s of processor time ({slowest.Run.Elapsed.TotalSeconds:F2} s on the clock); most memory {hungriest.Name} {hungriest.Run.PeakBytes / 1024 / 1024} MB peak resident"));
        foreach (var (name, run) in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name}: exit {run.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "killed"}, {run.CpuTime.TotalSeconds:F2} s processor, {run.Elapsed.TotalSeconds:F2} s clock, {run.PeakBytes / 1024 / 1024} MB; {FirstLine(run.Errors)}"));
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static string? Problem(HostileExport export, MeasuredProcess run)
    {
        if (run.TimedOut)
        {
            return string.Create(CultureInfo.InvariantCulture, $"still running after {run.CpuTime.TotalSeconds:F1} s of processor time ({run.Elapsed.TotalSeconds:F1} s on the clock)");
        }

        if (run.PeakBytes > MemoryBudget)
        {
            return string.Create(CultureInfo.InvariantCulture, $"took {run.PeakBytes / 1024 / 1024} MB");
        }

        if (run.ExitCode is not (0 or 1))
        {
            return $"exit {run.ExitCode}: {FirstLine(run.Errors)}";
        }

        if (run.Errors.Contains("Unhandled exception", StringComparison.Ordinal) || StackFrame().IsMatch(run.Errors))
        {
            return $"a stack trace: {FirstLine(run.Errors)}";
        }

        if (run.ExitCode == 1 && !Diagnostic().IsMatch(run.Errors))
        {
            return $"exit 1 without a path:line:column diagnostic: {FirstLine(run.Errors)}";
        }

        return export.MustBeRefused && run.ExitCode != 1 ? $"imported (exit {run.ExitCode}) where it must be refused" : null;
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim() is { Length: > 200 } line ? line[..200] + "…" : text.Split('\n', 2)[0].Trim();

    [GeneratedRegex(@"^\S.*:\d+:\d+: error: ", RegexOptions.Multiline)]
    private static partial Regex Diagnostic();

    [GeneratedRegex(@"^\s+at \S+\(", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}
