using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Testing;

namespace Portal.Bench.Measuring;

/// <summary>
/// Times rebuilds while <c>serve</c> runs: edits one row of commitments.csv, as a person would, and measures from
/// the moment the file is saved to the moment the commitment's page on disk shows the edit. The time includes
/// the file watcher and the wait for the editor to settle.
/// </summary>
internal static partial class RebuildRun
{
    public sealed record Edit(string Kind, TimeSpan SavedToOnDisk, double RebuildMilliseconds, int PagesWritten);

    public static IReadOnlyList<Edit> Measure(string folder, string theme, int edits)
    {
        var data = Path.Combine(folder, "data");
        var output = Path.Combine(folder, "output-serve");
        using var serve = ServeSession.Start(data, Path.Combine(folder, "input"), theme, output);
        var results = new List<Edit>();
        for (var i = 0; i < edits; i++)
        {
            var kind = i % 2 == 0 ? "title" : "status";
            results.Add(EditOnce(serve, data, output, i, kind));
        }

        return results;
    }

    private static Edit EditOnce(ServeSession serve, string data, string output, int round, string kind)
    {
        var commitments = CsvFile.Read(Path.Combine(data, "commitments.csv"));
        var (header, rows) = (commitments.Header, commitments.Rows);
        var row = rows[(round * 997) % rows.Count];
        var marker = $"edit {round + 1}";
        row[Array.IndexOf(header, "title")] = $"{row[Array.IndexOf(header, "title")].Split(" (edit ")[0]} ({marker})";
        if (kind == "status")
        {
            var status = Array.IndexOf(header, "status");
            row[status] = row[status] == "stalled" ? "in-progress" : "stalled";
        }

        var page = Path.Combine(output, "commitments", row[0], "index.html");
        commitments.Write();
        var saved = Stopwatch.StartNew();
        while (!(File.Exists(page) && ReadShared(page).Contains(marker, StringComparison.Ordinal)))
        {
            Thread.Sleep(2);
            if (saved.Elapsed > TimeSpan.FromMinutes(2))
            {
                throw new TimeoutException($"the edit never reached {page}");
            }
        }

        var onDisk = saved.Elapsed;
        var pages = int.Parse(PagesLine().Match(serve.WaitFor(l => PagesLine().IsMatch(l), TimeSpan.FromMinutes(2))).Groups["pages"].Value, CultureInfo.InvariantCulture);
        var rebuilt = double.Parse(RebuiltLine().Match(serve.WaitFor(l => RebuiltLine().IsMatch(l), TimeSpan.FromMinutes(2))).Groups["ms"].Value, CultureInfo.InvariantCulture);
        return new Edit(kind, onDisk, rebuilt, pages);
    }

    /// <summary>The page may be replaced while it is read; a read that meets the swap simply tries again.</summary>
    private static string ReadShared(string page)
    {
        try
        {
            return File.ReadAllText(page);
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }

    [GeneratedRegex(@"build succeeded: (?<pages>\d+) pages written")]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"^rebuilt in (?<ms>\d+) ms$")]
    private static partial Regex RebuiltLine();
}
