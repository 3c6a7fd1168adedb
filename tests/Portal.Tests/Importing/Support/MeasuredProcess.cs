using System.Diagnostics;
using System.Globalization;
using System.Text;

using Portal.Tests.Pipeline;

namespace Portal.Tests.Importing.Support;

/// <summary>
/// Runs portal.dll in a process of its own and measures it: the processor time it used, how long it took, and
/// its peak resident memory (VmHWM), all read from /proc while it runs. A process that uses more processor time
/// than <c>timeout</c> is killed with its children; so is one still running after six times that on the clock,
/// which only a process that waits on something would do. Processor time, not the clock, is the budget, so that
/// a machine busy with other work does not make a case fail.
/// </summary>
internal sealed record MeasuredProcess(int? ExitCode, bool TimedOut, TimeSpan CpuTime, TimeSpan Elapsed, long PeakBytes, string Output, string Errors)
{
    public static MeasuredProcess Run(string program, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var start = PortalStart.Of(args, program, environment: environment);
        var output = new StringBuilder();
        var errors = new StringBuilder();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(errors, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var peak = 0L;
        var cpu = TimeSpan.Zero;
        var timedOut = false;
        while (!process.WaitForExit(10))
        {
            peak = Math.Max(peak, PeakResidentBytes(process.Id));
            cpu = ProcessorTime(process) ?? cpu;
            if (cpu > timeout || clock.Elapsed > timeout * 6)
            {
                timedOut = true;
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                break;
            }
        }

        process.WaitForExit();
        var elapsed = clock.Elapsed;
        lock (output)
        {
            lock (errors)
            {
                return new MeasuredProcess(timedOut ? null : process.ExitCode, timedOut, cpu, elapsed, peak, output.ToString(), errors.ToString());
            }
        }
    }

    private static TimeSpan? ProcessorTime(Process process)
    {
        try
        {
            return process.TotalProcessorTime;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.AppendLine(line);
        }
    }

    /// <summary>VmHWM of a running process in bytes; 0 when it cannot be read (the process has ended, or this is not Linux).</summary>
    private static long PeakResidentBytes(int processId)
    {
        try
        {
            var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            var kilobytes = line?["VmHWM:".Length..].Trim().Split(' ')[0];
            return kilobytes is null ? 0 : long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
        catch (UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
