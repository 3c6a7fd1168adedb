using System.Diagnostics;

namespace Portal.Tests.Pipeline;

/// <summary>One run of the real program, portal.dll, in a working folder of the test's choosing, with what it printed.</summary>
internal sealed record PortalRun(int ExitCode, string StandardOutput, string StandardError)
{
    public static PortalRun In(string workingDirectory, params string[] args)
    {
        using var process = Process.Start(PortalStart.Of(args, workingDirectory: workingDirectory))!;
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
