using System.Diagnostics;
using System.Globalization;

namespace Portal.Bench.Measuring;

/// <summary>
/// Runs a program to the end and measures it from outside: wall time and peak resident memory, read from
/// /proc while it runs (the kernel's high-water mark, VmHWM), and its standard output.
/// </summary>
internal sealed record ProcessRun(TimeSpan Wall, long PeakBytes, int ExitCode, string Output)
{
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
        var peak = 0L;
        while (!process.WaitForExit(PollInterval))
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
        }

        watch.Stop();
        return new ProcessRun(watch.Elapsed, peak, process.ExitCode, output.Result + errors.Result);
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
