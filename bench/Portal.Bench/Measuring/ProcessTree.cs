using System.Globalization;

namespace Portal.Bench.Measuring;

/// <summary>
/// The resident memory of a process and every process it started, read from /proc: a build that runs Pagefind
/// uses Pagefind's memory too, which the build's own high-water mark does not show.
/// </summary>
internal static class ProcessTree
{
    public static long ResidentBytes(int root)
    {
        var parents = Directory.EnumerateDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => name is not null && name.All(char.IsAsciiDigit))
            .Select(name => int.Parse(name!, CultureInfo.InvariantCulture))
            .Select(pid => (Pid: pid, Parent: Parent(pid)))
            .ToList();
        var tree = new HashSet<int> { root };
        for (var added = true; added;)
        {
            added = false;
            foreach (var (pid, parent) in parents)
            {
                added |= tree.Contains(parent) && tree.Add(pid);
            }
        }

        return tree.Sum(Resident);
    }

    /// <summary>The fourth field of /proc/PID/stat, after the command name in parentheses, which may hold spaces.</summary>
    private static int Parent(int pid)
    {
        var stat = Read($"/proc/{pid}/stat");
        var fields = stat is null ? [] : stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return fields.Length > 1 ? int.Parse(fields[1], CultureInfo.InvariantCulture) : -1;
    }

    private static long Resident(int pid)
    {
        var line = Read($"/proc/{pid}/status")?.Split('\n').FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>A process may end between listing /proc and reading it; then it holds no memory.</summary>
    private static string? Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
