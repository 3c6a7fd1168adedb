using System.Diagnostics;

namespace Portal.Tests.Pipeline;

/// <summary>One run of the real program, portal.dll, in a working folder of the test's choosing, with what it printed.</summary>
internal sealed record PortalRun(int ExitCode, string StandardOutput, string StandardError)
{
    private static readonly string Program = typeof(Portal.Cli.CommandLine).Assembly.Location;

    public static PortalRun In(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("portal did not finish in 3 minutes");
        }

        return new PortalRun(process.ExitCode, output.Result, error.Result);
    }
}
