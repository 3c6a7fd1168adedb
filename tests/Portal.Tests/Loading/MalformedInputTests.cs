using System.Text;
using System.Text.RegularExpressions;
using Portal.TextFiles.Csv;
using Portal.Pipeline;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Loading;

/// <summary>
/// Malformed files never crash the program: each gives an error at a file, line and column, and the run fails.
/// Each case replaces cities.csv of the smallest valid data set.
/// </summary>
public sealed partial class MalformedInputTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public static TheoryData<string, byte[], string> Cases() => new()
    {
        { "random bytes", RandomBytes(4096), "not valid UTF-8" },
        { "binary garbage", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "not valid UTF-8" },
        { "a truncated file", Utf8("id,name,country\nalpha,\"Alpha"), "unbalanced quote" },
        { "an empty file", [], "the file is empty" },
        { "a header with no rows", Utf8("id,name,country\n"), "has a header but no rows" },
        { "a 1 MB cell", Utf8($"id,name,country\nalpha,{new string('x', 1 << 20)},ESP\n"), "a cell may hold at most" },
        { "100,000 columns", Utf8(string.Join(',', Enumerable.Range(0, 100_000).Select(i => $"c{i}")) + "\nalpha\n"), "columns; a data file has at most" },
        { "a wrong encoding", Encoding.Latin1.GetBytes("id,name,country\nalpha,Alcalá,ESP\n"), "not valid UTF-8" },
        { "UTF-16 text", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("id,name,country\nalpha,Alpha,ESP\n")).ToArray(), "UTF-16" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_Report_An_Error_At_A_File_Line_And_Column_For(string kind, byte[] cities, string message)
    {
        var report = Validate(cities);

        Assert.False(report.Succeeded, kind);
        var error = Assert.Single(report.Diagnostics, d => d.ToString().Contains(message, StringComparison.Ordinal));
        Assert.Matches(Located(), error.ToString());
    }

    [Fact]
    public void Should_Read_Mixed_Line_Endings_And_Count_Lines_Across_Them()
    {
        var report = Validate(Utf8("id,name,country\r\nalpha,Alpha,ESP\rbeta,Beta,KEN\ngamma,Gamma,XX\r\n"));

        var error = Assert.Single(report.Diagnostics);
        Assert.EndsWith("cities.csv:4:13: error: 'XX' in 'country' is not an ISO 3166-1 alpha-3 country code (upper case, e.g. ESP, KEN, BRA)", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Keep_A_Cell_Limit_Above_Any_Real_Description()
    {
        Assert.True(CsvDocumentReader.MaxCellLength >= 50_000);
    }

    public void Dispose() => _folder.Dispose();

    private BuildReport Validate(byte[] cities)
    {
        var data = _folder.Combine("data");
        Directory.CreateDirectory(data);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Fixture("minimal"), "data")))
        {
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)), overwrite: true);
        }

        File.WriteAllBytes(Path.Combine(data, "cities.csv"), cities);
        return new SiteValidator().Validate(BuildOptionsFor.Fixture("minimal", "unused") with { DataFolder = data });
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(7).NextBytes(bytes);
        return bytes;
    }

    [GeneratedRegex(@"cities\.csv:\d+:\d+: error: ")]
    private static partial Regex Located();
}
