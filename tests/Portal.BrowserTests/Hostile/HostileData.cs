using System.Globalization;
using CsvHelper;

namespace Portal.BrowserTests.Hostile;

/// <summary>
/// A valid data set whose every free-text column, Markdown field and front matter value is an XSS vector.
/// Typed columns (ids, dates, numbers, vocabularies) hold valid values: vectors there are refused by validation,
/// which other tests prove.
/// </summary>
internal static class HostileData
{
    public const string CityId = "hostile-city";
    public const string CommitmentId = "hostile-commitment";

    public static string V(int i) => XssVectors.All[i % XssVectors.All.Count];

    public static void WriteTo(string data, string content)
    {
        Directory.CreateDirectory(data);
        Directory.CreateDirectory(Path.Combine(content, "cities"));
        Directory.CreateDirectory(Path.Combine(content, "news"));
        Csv(data, "cities.csv", ["id", "name", "country", "level", "population", "website", "declared", "networks", "summary"],
            [CityId, V(0), "ESP", V(1), "1000", XssVectors.Url(1), "2020", $"{V(2)};{V(3)}", V(4)]);
        Csv(data, "recommendations.csv", ["id", "text", "country", "mechanism", "symbol", "paragraph", "cycle", "session", "date", "recommending_state", "response", "themes", "sdgs", "affected_persons", "url"],
            [V(5), V(6), "ESP", V(7), V(8), V(9), "3", V(10), "2020-05", V(11), "supported", V(12), V(13), V(14), XssVectors.Url(2)]);
        Csv(data, "framework.csv", ["id", "pillar", "title", "description", "order"],
            ["element", V(15), V(0), V(1), "1"]);
        Csv(data, "commitments.csv", ["id", "city", "title", "description", "recommendations", "framework", "themes", "sdgs", "department", "start", "due", "status", "indicator", "unit", "baseline", "baseline_year", "target", "target_year", "source", "updated"],
            [CommitmentId, CityId, V(2), XssVectors.Markdown(3), V(5), "element", V(4), V(5), V(6), "2020", "2030", "in-progress", V(7), V(8), "10", "2020", "50", "2030", XssVectors.Url(3), "2026-05"]);
        Csv(data, "progress.csv", ["commitment", "date", "value", "status", "note", "source"],
            [CommitmentId, "2024-06", "20", "", V(9), XssVectors.Url(4)],
            [CommitmentId, "2025-06", "30", "in-progress", V(10), XssVectors.Url(5)]);
        Csv(data, "assessments.csv", ["city", "element", "status", "note", "source", "date"],
            [CityId, "element", "in-place", V(11), XssVectors.Url(6), "2026-01"]);
        Markdown(content, "about.md", V(12), XssVectors.Markdown(1));
        Markdown(content, "methodology.md", "Methodology", XssVectors.Markdown(2));
        Markdown(content, Path.Combine("cities", $"{CityId}.md"), V(13), XssVectors.Markdown(4));
        Markdown(content, Path.Combine("news", "hostile-news.md"), V(14), XssVectors.Markdown(5), $"date: 2026-06-01\ncity: {CityId}\n");
        File.WriteAllText(Path.Combine(content, "site.yml"), $"title: {Yaml(V(15))}\ndescription: {Yaml(V(1))}\npublisher: {Yaml(V(2))}\ndata_licence: {Yaml(XssVectors.Url(7))}\n");
    }

    private static void Markdown(string content, string file, string title, string body, string extra = "") =>
        File.WriteAllText(Path.Combine(content, file), $"---\ntitle: {Yaml(title)}\ndescription: {Yaml(V(6))}\n{extra}---\n{body}\n");

    /// <summary>A YAML double-quoted scalar, so the vector arrives in the front matter unchanged.</summary>
    private static string Yaml(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\u2028", "\\L", StringComparison.Ordinal).Replace("\u2029", "\\P", StringComparison.Ordinal) + "\"";

    private static void Csv(string folder, string file, string[] header, params string[][] rows)
    {
        using var writer = new StreamWriter(Path.Combine(folder, file));
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var row in rows.Prepend(header))
        {
            foreach (var field in row)
            {
                csv.WriteField(field);
            }

            csv.NextRecord();
        }
    }
}
