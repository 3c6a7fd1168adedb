using System.Diagnostics;

namespace Portal.Tests.Pipeline;

/// <summary>How the tests start the real program, portal.dll (or another build of it), in a process of its own, its output redirected.</summary>
internal static class PortalStart
{
    public static readonly string Program = typeof(Portal.Cli.CommandLine).Assembly.Location;

    public static ProcessStartInfo Of(IEnumerable<string> args, string? program = null, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        start.ArgumentList.Add(program ?? Program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return start;
    }
}
