using System.Diagnostics;

namespace Portal.Tests.Pipeline;

/// <summary>Runs the real program, portal.dll, in a process of its own: for environments and for killing it.</summary>
internal static class PortalProcess
{
    public static Process Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var process = Process.Start(PortalStart.Of(args, environment: environment))!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public static int Run(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = Start(args, environment);
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("portal did not finish in 3 minutes");
        }

        return process.ExitCode;
    }
}
