using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;

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
        var file = Path.Combine(data, "commitments.csv");
        var (header, rows) = Read(file);
        var row = rows[(round * 997) % rows.Count];
        var marker = $"edit {round + 1}";
        row[Array.IndexOf(header, "title")] = $"{row[Array.IndexOf(header, "title")].Split(" (edit ")[0]} ({marker})";
        if (kind == "status")
        {
            var status = Array.IndexOf(header, "status");
            row[status] = row[status] == "stalled" ? "in-progress" : "stalled";
        }

        var page = Path.Combine(output, "commitments", row[0], "index.html");
        Write(file, header, rows);
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

    private static (string[] Header, List<string[]> Rows) Read(string file)
    {
        using var reader = new CsvReader(new StreamReader(file), CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        var header = reader.HeaderRecord!;
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, header.Length).Select(i => reader.GetField(i) ?? string.Empty)]);
        }

        return (header, rows);
    }

    private static void Write(string file, string[] header, List<string[]> rows)
    {
        using var writer = new CsvWriter(new StreamWriter(file), CultureInfo.InvariantCulture);
        foreach (var row in rows.Prepend(header))
        {
            foreach (var cell in row)
            {
                writer.WriteField(cell);
            }

            writer.NextRecord();
        }
    }

    [GeneratedRegex(@"build succeeded: (?<pages>\d+) pages written")]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"^rebuilt in (?<ms>\d+) ms$")]
    private static partial Regex RebuiltLine();
}
