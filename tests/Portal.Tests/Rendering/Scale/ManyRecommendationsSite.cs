using System.Globalization;
using System.Text;
using Portal.Pipeline;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Rendering.Scale;

/// <summary>
/// A site in the shape of a real portal, generated in code and built once for a test class: 2,000 imported
/// recommendations to nine States, three of which have cities, and a few commitments that act on recommendations
/// far down the file, where a list in file order would never reach them.
/// </summary>
public sealed class ManyRecommendationsSite : IDisposable
{
    /// <summary>Recommendations per State, in the order the file lists them: Spain's fill 24 pages of 50.</summary>
    public static readonly IReadOnlyList<(string Country, int Count)> Recommendations =
    [
        ("ESP", 1_200), ("KEN", 300), ("BRA", 200), ("ARE", 60), ("AND", 60), ("ALA", 60), ("CIV", 40), ("TUR", 40), ("ISL", 40),
    ];

    /// <summary>The mechanisms rows take in turn; the last is one the contract does not know, shown as written.</summary>
    public static readonly IReadOnlyList<string> Mechanisms = ["UPR", "UPR", "CEDAW", "SP", "CRC", "UPR", "IACHR"];

    /// <summary>The Spanish recommendations Spanish cities act on: all UPR, all past the first 20 UPR rows.</summary>
    public static readonly IReadOnlyList<string> ActedOnInSpain = ["esp-0700", "esp-1050", "esp-1190"];

    private readonly TemporaryFolder _folder = new();

    public ManyRecommendationsSite()
    {
        Write("data/cities.csv", "id,name,country\nvalencia,Valencia,ESP\nbilbao,Bilbao,ESP\nnairobi,Nairobi,KEN\nrecife,Recife,BRA\n");
        Write("data/commitments.csv", Commitments());
        Write("data/recommendations.csv", RecommendationRows());
        FolderCopy.Copy(Path.Combine(RepositoryPaths.Fixture("minimal"), "input"), _folder.Combine("input"));
        Output = _folder.Combine("output");
        var options = BuildOptionsFor.Sample(Output) with { DataFolder = _folder.Combine("data"), ContentFolder = _folder.Combine("input") };
        var report = new SiteBuilder().Build(options);
        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
    }

    public string Output { get; }

    public string Read(string sitePath) => File.ReadAllText(Path.Combine(Output, Portal.Rendering.SitePaths.FileOf(sitePath)));

    /// <summary>The page's own content: its &lt;main&gt; element, without the layout around it.</summary>
    public string Main(string sitePath)
    {
        var html = Read(sitePath);
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.IndexOf("</main>", start, StringComparison.Ordinal) + "</main>".Length;
        return html[start..end] + "\n";
    }

    /// <summary>The id a row of the generated file gets: the State's code and its number among that State's rows.</summary>
    public static string Id(string country, int number) => string.Create(CultureInfo.InvariantCulture, $"{country.ToLowerInvariant()}-{number:D4}");

    private static string RecommendationRows()
    {
        var csv = new StringBuilder("id,text,country,mechanism,themes,sdgs\n");
        var row = 0;
        foreach (var (country, count) in Recommendations)
        {
            for (var number = 1; number <= count; number++, row++)
            {
                var mechanism = Mechanisms[row % Mechanisms.Count];
                var id = Id(country, number);
                csv.Append(CultureInfo.InvariantCulture, $"{id},Recommendation {number} to {country}: take measures on housing and health.,{country},{MechanismOf(id, mechanism)},housing;health,{1 + (row % 17)}\n");
            }
        }

        return csv.ToString();
    }

    /// <summary>The rows cities act on are UPR whatever their turn, so one group shows them all.</summary>
    private static string MechanismOf(string id, string mechanism) => ActedOnInSpain.Contains(id) ? "UPR" : mechanism;

    private static string Commitments() =>
        "id,city,title,recommendations,status\n"
        + $"valencia-homes,valencia,Build social homes,{ActedOnInSpain[0]};{ActedOnInSpain[1]},in-progress\n"
        + $"bilbao-shelter,bilbao,Open a night shelter,{ActedOnInSpain[2]},planned\n"
        + "nairobi-water,nairobi,Bring water to every ward,ken-0290,in-progress\n";

    private void Write(string relativePath, string text)
    {
        var path = _folder.Combine(relativePath.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose() => _folder.Dispose();
}
