using System.Globalization;
using CsvHelper;

namespace Portal.Bench.SyntheticData;

/// <summary>
/// Writes synthetic data in the data contract: the same seed and scale give the same files, so runs compare.
/// Every reference resolves and every value is valid, so the data builds without errors.
/// </summary>
public sealed class SyntheticDataGenerator(DataScale scale, int seed = 42)
{
    private const int FrameworkElements = 12;

    public void WriteTo(string dataFolder, string contentFolder)
    {
        Directory.CreateDirectory(dataFolder);
        Directory.CreateDirectory(contentFolder);
        var random = new Random(seed);
        var cities = Cities(random);
        var recommendations = Recommendations(random);
        Write(dataFolder, "cities.csv", ["id", "name", "country", "level", "population", "declared", "summary"], cities.Select(c => c.Row));
        Write(dataFolder, "recommendations.csv", ["id", "text", "country", "mechanism", "symbol", "cycle", "date", "response", "themes", "sdgs"], recommendations.Select(r => r.Row));
        Write(dataFolder, "framework.csv", ["id", "pillar", "title", "order"], Framework());
        var commitments = Commitments(random, cities, recommendations);
        Write(dataFolder, "commitments.csv", ["id", "city", "title", "description", "recommendations", "framework", "themes", "due", "status", "indicator", "unit", "baseline", "baseline_year", "target", "target_year", "updated"], commitments.Select(c => c.Row));
        Write(dataFolder, "progress.csv", ["commitment", "date", "value", "status", "note"], Progress(random, commitments));
        Write(dataFolder, "assessments.csv", ["city", "element", "status", "date"], Assessments(random, cities));
        File.WriteAllText(Path.Combine(contentFolder, "site.yml"), "title: Synthetic benchmark portal\ndemo_banner: true\n");
        File.WriteAllText(Path.Combine(contentFolder, "about.md"), "---\ntitle: About\n---\nSynthetic data for the benchmark.\n");
        File.WriteAllText(Path.Combine(contentFolder, "methodology.md"), "---\ntitle: Methodology\n---\nThe portal's progress methodology.\n");
    }

    private List<(string Id, string Country, string[] Row)> Cities(Random random) =>
        [.. Enumerable.Range(1, scale.Cities).Select(i =>
        {
            var country = Vocabulary.Countries[i % Vocabulary.Countries.Length];
            var id = $"city-{i:D5}";
            return (id, country, new[] { id, $"City {i}", country, "municipality", N(random.Next(20_000, 3_000_000)), $"{random.Next(2000, 2025)}", $"Synthetic city number {i}." });
        })];

    private List<(string Id, string Country, string[] Row)> Recommendations(Random random) =>
        [.. Enumerable.Range(1, scale.Recommendations).Select(i =>
        {
            var country = Vocabulary.Countries[i % Vocabulary.Countries.Length];
            var id = $"SYN/{country}/{i}";
            var text = $"{random.Pick(Vocabulary.Verbs)} {random.Pick(Vocabulary.Objects)} {random.Pick(Vocabulary.Groups)} (recommendation {i}).";
            var themes = $"{random.Pick(Vocabulary.Themes)};{random.Pick(Vocabulary.Themes)}";
            return (id, country, new[] { id, text, country, random.Pick(Vocabulary.Mechanisms), $"A/HRC/{random.Next(10, 60)}/{random.Next(1, 20)}", N(random.Next(1, 5)), $"{random.Next(2010, 2026)}-{random.Next(1, 13):D2}", random.Pick(Vocabulary.Responses), themes, N(random.Next(1, 18)) });
        })];

    private static IEnumerable<string[]> Framework() =>
        Enumerable.Range(1, FrameworkElements).Select(i => new[] { $"element-{i:D2}", Vocabulary.Pillars[(i - 1) / 4], $"Framework element {i}", N(i) });

    private List<(string Id, string[] Row)> Commitments(Random random, List<(string Id, string Country, string[] Row)> cities, List<(string Id, string Country, string[] Row)> recommendations)
    {
        var byCountry = recommendations.ToLookup(r => r.Country, r => r.Id);
        return [.. Enumerable.Range(1, scale.Commitments).Select(i =>
        {
            var city = cities[i % cities.Count];
            var linked = byCountry[city.Country].ToList();
            var recs = linked.Count == 0 ? string.Empty : $"{random.Pick(linked)};{random.Pick(linked)}";
            var baseline = random.Next(0, 500);
            var id = $"commitment-{i:D6}";
            return (id, new[]
            {
                id, city.Id, $"Commitment {i}: {random.Pick(Vocabulary.Objects)}", $"Deliver **{random.Pick(Vocabulary.Objects)}** {random.Pick(Vocabulary.Groups)}.",
                recs.Split(';').Distinct().Aggregate((a, b) => $"{a};{b}"), $"element-{random.Next(1, FrameworkElements + 1):D2}", random.Pick(Vocabulary.Themes),
                $"{random.Next(2024, 2031)}", random.Pick(Vocabulary.Statuses), "People reached", "people", N(baseline), "2020",
                N(baseline + random.Next(50, 1000)), $"{random.Next(2026, 2032)}", $"2026-{random.Next(1, 7):D2}-{random.Next(1, 28):D2}",
            });
        })];
    }

    private IEnumerable<string[]> Progress(Random random, List<(string Id, string[] Row)> commitments)
    {
        for (var i = 0; i < scale.ProgressReports; i++)
        {
            var commitment = commitments[i % commitments.Count];
            var year = 2021 + (i / commitments.Count) % 6;
            var baseline = double.Parse(commitment.Row[11], CultureInfo.InvariantCulture);
            var value = baseline + random.Next(-20, 400);
            var status = random.Next(10) == 0 ? random.Pick(Vocabulary.Statuses) : string.Empty;
            yield return [commitment.Id, $"{year}-{random.Next(1, 13):D2}-15", N(value), status, $"Report {i + 1}."];
        }
    }

    private static IEnumerable<string[]> Assessments(Random random, List<(string Id, string Country, string[] Row)> cities) =>
        cities.SelectMany(city => Enumerable.Range(1, FrameworkElements).Select(e =>
            new[] { city.Id, $"element-{e:D2}", random.Pick(Vocabulary.AssessmentStatuses), "2026-01" }));

    private static string N(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Write(string folder, string file, string[] header, IEnumerable<string[]> rows)
    {
        using var writer = new StreamWriter(Path.Combine(folder, file));
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var name in header)
        {
            csv.WriteField(name);
        }

        csv.NextRecord();
        foreach (var row in rows)
        {
            foreach (var field in row)
            {
                csv.WriteField(field);
            }

            csv.NextRecord();
        }
    }
}
