using System.Diagnostics;
using System.Globalization;

namespace Portal.Bench.Measuring;

/// <summary>
/// Runs a program to the end and measures it from outside: wall time and peak resident memory, read from
/// /proc while it runs (the kernel's high-water mark, VmHWM), the peak of it and the processes it starts
/// together, and its standard output.
/// </summary>
internal sealed record ProcessRun(TimeSpan Wall, long PeakBytes, int ExitCode, string Output)
{
    /// <summary>The highest total resident memory of the program and its child processes, sampled as it runs.</summary>
    public long PeakTreeBytes { get; init; }

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    public static ProcessRun Of(string program, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        var (peak, tree, polls) = (0L, 0L, 0);
        while (!process.WaitForExit(PollInterval))
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));

            // Walking /proc costs a millisecond or two; every tenth poll is enough for a child that runs for seconds.
            if (polls++ % 10 == 0)
            {
                tree = Math.Max(tree, ProcessTree.ResidentBytes(process.Id));
            }
        }

        watch.Stop();
        return new ProcessRun(watch.Elapsed, peak, process.ExitCode, output.Result + errors.Result) { PeakTreeBytes = Math.Max(peak, tree) };
    }

    /// <summary>VmHWM from /proc/PID/status, in bytes; 0 once the process has gone.</summary>
    private static long HighWaterMark(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
