using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Portal.Bench.Measuring;

/// <summary>
/// A running <c>portal serve</c>, watched from outside: its output lines as they come, so that a benchmark can
/// edit a file and time how long the rebuilt page takes to reach the disk.
/// </summary>
internal sealed class ServeSession : IDisposable
{
    private static readonly string Program = typeof(Portal.Pipeline.SiteBuilder).Assembly.Location;
    private readonly Process _process;
    private readonly BlockingCollection<string> _lines = [];

    private ServeSession(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public static ServeSession Start(string dataFolder, string contentFolder, string theme, string output)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        string[] args = ["exec", Program, "serve", "--data", dataFolder, "--content", contentFolder, "--theme", theme, "--output", output, "--as-of", "2026-06-30", "--no-search", "--port", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture)];
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var session = new ServeSession(Process.Start(start)!);
        session.WaitFor(line => line.StartsWith("Serving ", StringComparison.Ordinal), TimeSpan.FromMinutes(10));
        return session;
    }

    /// <summary>Waits for a line that matches, and returns it; lines before it are passed over.</summary>
    public string WaitFor(Func<string, bool> match, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_lines.TryTake(out var line, TimeSpan.FromMilliseconds(50)) && match(line))
            {
                return line;
            }

            if (_process.HasExited)
            {
                throw new InvalidOperationException($"serve stopped (exit {_process.ExitCode})");
            }
        }

        throw new TimeoutException("serve did not answer in time");
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            _lines.Add(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
