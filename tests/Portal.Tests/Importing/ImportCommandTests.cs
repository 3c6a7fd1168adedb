using System.Text;
using Portal.Cli.Import;
using Portal.Cli;
using Portal.Importing;
using Portal.Tests.Cli;
using Portal.Tests.Importing.Support;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Importing;

/// <summary>`portal import` end to end: files in, recommendations.csv out, the report, and the exit codes.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ImportCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public ImportCommandTests()
    {
        CopyFolder(RepositoryPaths.Data, DataFolder);
    }

    private string DataFolder => _folder.Combine("data");

    private string Recommendations => Path.Combine(DataFolder, "recommendations.csv");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_Import_A_UPR_Info_Export_And_Report_What_Became_Of_Every_Row()
    {
        var (exit, output, errors) = Import("upr-info", ImportFiles.Fixture("upr-info.csv"));

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, errors);
        Assert.Contains("8 rows read: 3 added, 0 updated, 0 unchanged, 5 skipped", output, StringComparison.Ordinal);
        Assert.Contains("not a recommendation: Voluntary Pledge: 1 (line 7)", output, StringComparison.Ordinal);
        Assert.Contains("exact duplicate of an earlier row: 1 (line 4 as line 3)", output, StringComparison.Ordinal);
        Assert.Contains("same recommendation (same stable id) as an earlier row, merged into it: 1 (line 5 as line 2, differs in text, themes)", output, StringComparison.Ordinal);
        Assert.Contains("no text: 1 (line 9)", output, StringComparison.Ordinal);
        Assert.Contains("State not recognised: 1 (line 8, Atlantis)", output, StringComparison.Ordinal);
        Assert.Contains("recommending State '(Unknown)': 1 row, left empty (first at line 6)", output, StringComparison.Ordinal);
        Assert.Contains("State under review 'Atlantis': 1 row, row skipped (first at line 8)", output, StringComparison.Ordinal);
        Assert.Contains("written; took", output, StringComparison.Ordinal);
        Assert.Contains("upr-info-", File.ReadAllText(Recommendations), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Import_Only_The_Recommendations_Of_A_UHRI_Export_And_Count_Each_Other_Type()
    {
        var (exit, output, _) = Import("uhri", ImportFiles.Fixture("uhri.csv"));

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("not a recommendation: Concerns/Observations: 2 (line 11; line 12)", output, StringComparison.Ordinal);
        var written = File.ReadAllText(Recommendations);
        Assert.DoesNotContain("uhri-test-0006", written, StringComparison.Ordinal);
        Assert.DoesNotContain("uhri-test-0007", written, StringComparison.Ordinal);
        Assert.Contains("uhri-test-0008", written, StringComparison.Ordinal);
        Assert.Contains(",Special Rapporteur on the right to adequate housing,", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Count_An_Empty_IMPACT_OSS_Support_Level_As_Unknown_In_The_Report()
    {
        var (_, output, _) = Import("impact-oss", ImportFiles.Fixture("impact-oss.csv"), "--country", "ESP");

        Assert.Contains("support level '(empty)': 1 row, left empty: IMPACT OSS writes Noted (0) and no level alike as an empty cell (first at line 6)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Write_A_File_That_The_Site_Validates()
    {
        Import("upr-info", ImportFiles.Fixture("upr-info.csv"));
        Import("uhri", ImportFiles.Fixture("uhri.json"));
        Import("uhri", ImportFiles.Fixture("uhri.csv"));
        Import("impact-oss", ImportFiles.Fixture("impact-oss.csv"), "--country", "ESP");
        Import("upr-info", ImportFiles.Fixture("upr-info-database.csv"));

        var exit = CommandLine.Run(["validate", "--data", DataFolder, "--content", RepositoryPaths.Content, "--theme", RepositoryPaths.Theme, "--as-of", "2026-06-30"], TimeProvider.System);

        Assert.Equal(ExitCodes.Success, exit);
    }

    [Fact]
    public void Should_Change_Nothing_When_Importing_The_Same_File_Twice()
    {
        Import("upr-info", ImportFiles.Fixture("upr-info.csv"));
        var afterFirst = File.ReadAllBytes(Recommendations);

        var (exit, output, _) = Import("upr-info", ImportFiles.Fixture("upr-info.csv"));

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("8 rows read: 0 added, 0 updated, 3 unchanged, 5 skipped", output, StringComparison.Ordinal);
        Assert.Contains("nothing to write: the file already holds all of this export", output, StringComparison.Ordinal);
        Assert.Equal(afterFirst, File.ReadAllBytes(Recommendations));
    }

    [Fact]
    public void Should_Keep_Hand_Edits_And_Added_Columns_When_Reimporting()
    {
        Import("upr-info", ImportFiles.Fixture("upr-info.csv"));
        var lines = File.ReadAllLines(Recommendations).ToList();
        lines[0] += ",internal_notes";
        for (var i = 1; i < lines.Count; i++)
        {
            lines[i] += lines[i].StartsWith("upr-info-", StringComparison.Ordinal) ? ",checked by the city" : ",";
        }

        var index = lines.FindIndex(l => l.Contains("poverty;housing", StringComparison.Ordinal));
        lines[index] = lines[index].Replace("poverty;housing", "poverty;housing;shelters", StringComparison.Ordinal);
        File.WriteAllLines(Recommendations, lines);

        var (_, output, _) = Import("upr-info", ImportFiles.Fixture("upr-info.csv"));

        Assert.Contains("0 added, 0 updated, 3 unchanged", output, StringComparison.Ordinal);
        var text = File.ReadAllText(Recommendations);
        Assert.Contains("poverty;housing;shelters", text, StringComparison.Ordinal);
        Assert.Contains(",checked by the city", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Write_Nothing_On_A_Dry_Run()
    {
        var before = File.ReadAllBytes(Recommendations);

        var (exit, output, _) = Import("upr-info", ImportFiles.Fixture("upr-info.csv"), "--dry-run");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("3 added", output, StringComparison.Ordinal);
        Assert.Contains("dry run: nothing was written", output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Recommendations));
    }

    [Fact]
    public void Should_Import_Only_The_States_Chosen_With_Country()
    {
        var (_, output, _) = Import("upr-info", ImportFiles.Fixture("upr-info.csv"), "--country", "BOL", "--country", "civ");

        Assert.Contains("1 added", output, StringComparison.Ordinal);
        Assert.Contains("addressed to a State not chosen with --country: 4 (ESP 4)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mac")]
    [InlineData("windows-1252")]
    [InlineData("utf-16")]
    [InlineData("semicolons")]
    public void Should_Write_The_Same_File_From_Any_Encoding_And_Separator(string variant)
    {
        var original = ImportFiles.FixtureText("upr-info.csv");
        var bytes = variant switch
        {
            "mac" => ImportFiles.AsOldMac(original),
            "windows-1252" => ImportFiles.Windows1252.GetBytes(original.ReplaceLineEndings("\r\n")),
            "utf-16" => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(original)],
            _ => Encoding.UTF8.GetBytes(UprInfoMapperTests.Semicolons(original)),
        };
        var variantFile = _folder.Combine("export.csv");
        File.WriteAllBytes(variantFile, bytes);
        Import("upr-info", ImportFiles.Fixture("upr-info.csv"));
        var expected = File.ReadAllText(Recommendations);

        var (exit, output, _) = Import("upr-info", variantFile);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("0 added, 0 updated, 3 unchanged", output, StringComparison.Ordinal);
        Assert.Equal(expected, File.ReadAllText(Recommendations));
    }

    [Fact]
    public void Should_Say_Which_Encoding_It_Read()
    {
        var file = _folder.Combine("export.csv");
        File.WriteAllBytes(file, ImportFiles.AsOldMac(ImportFiles.FixtureText("upr-info.csv")));

        var (_, output, _) = Import("upr-info", file);

        Assert.Contains("read as Mac Roman (not UTF-8; the only code page in which its words read as Western European text; use --encoding to choose another), comma-separated, CR (old Mac) line endings", output, StringComparison.Ordinal);
        Assert.Contains("as the café cooperatives", File.ReadAllText(Recommendations), StringComparison.Ordinal);
        Assert.Contains("for each region’s municipalities", File.ReadAllText(Recommendations), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Import_A_UHRI_Workbook()
    {
        var file = _folder.Combine("uhri.xlsx");
        File.WriteAllBytes(file, XlsxWorkbook.Write(
        [
            ["Text", "Countries Concerned", "Reccomending Body", "Document Publication Date", "OHCHR Annotation Id", "Sdgs"],
            ["Open a shelter in every district.", "Spain", "Committee on the Rights of the Child", 43854.0, "x-1", "- 16.2 - Protect children from abuse\n- 1.3 - Social protection"],
        ]));

        var (exit, output, _) = Import("uhri", file);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("read as XLSX workbook, first sheet", output, StringComparison.Ordinal);
        Assert.Contains("uhri-x-1,Open a shelter in every district.,ESP,CRC,,,,,2020-01-24,,,,16.2;1.3,,", File.ReadAllText(Recommendations), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("publish", "file.csv")]
    [InlineData("upr-info")]
    [InlineData("upr-info", "file.csv", "--country", "Spain")]
    [InlineData("upr-info", "file.csv", "--encoding", "klingon-8")]
    [InlineData("upr-info", "file.csv", "--no-such-option")]
    public void Should_Exit_With_2_On_A_Usage_Error(params string[] args)
    {
        Assert.Equal(ExitCodes.Usage, CommandLine.Run(["import", .. args], TimeProvider.System));
    }

    [Fact]
    public void Should_Exit_With_2_When_An_IMPACT_OSS_Export_Lacks_Its_State()
    {
        var (exit, _, errors) = Import("impact-oss", ImportFiles.Fixture("impact-oss.csv"));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("name that State with one --country ISO3", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Exit_With_2_When_The_Data_Folder_Does_Not_Exist()
    {
        var (exit, _, errors) = ImportInto(_folder.Combine("no-such-folder"), "upr-info", ImportFiles.Fixture("upr-info.csv"));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("is not a folder", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Exit_With_1_And_A_Location_When_The_File_Cannot_Be_Read()
    {
        var missing = _folder.Combine("missing.csv");

        var (exit, output, errors) = Import("upr-info", missing);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("missing.csv:1:1: error: the file does not exist", errors, StringComparison.Ordinal);
        Assert.Contains("nothing was written", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Exit_With_1_And_Write_Nothing_When_The_Export_Is_Malformed()
    {
        var file = _folder.Combine("broken.csv");
        File.WriteAllText(file, "To,Text,From,Session\nSpain,Act now,Portugal,35\nKenya,\"Act, Portugal,35\n");
        var before = File.ReadAllBytes(Recommendations);

        var (exit, _, errors) = Import("upr-info", file);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("broken.csv:3:7: error: unbalanced quote", errors, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Recommendations));
    }

    [Fact]
    public void Should_Exit_With_1_When_The_Export_Is_Not_Of_The_Format_Named()
    {
        var (exit, _, errors) = Import("upr-info", ImportFiles.Fixture("impact-oss.csv"));

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("impact-oss.csv:1:1: error: the file has no 'To (or State under review)' column", errors, StringComparison.Ordinal);
    }

    private (int Exit, string Output, string Errors) Import(string format, string file, params string[] options) =>
        ImportInto(DataFolder, format, file, options);

    private static (int Exit, string Output, string Errors) ImportInto(string data, string format, string file, params string[] options)
    {
        var countries = new List<string>();
        string? encoding = null;
        var dryRun = false;
        for (var i = 0; i < options.Length; i++)
        {
            switch (options[i])
            {
                case "--country": countries.Add(options[++i]); break;
                case "--encoding": encoding = options[++i]; break;
                case "--dry-run": dryRun = true; break;
                default: throw new ArgumentException(options[i], nameof(options));
            }
        }

        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = ImportCommandLine.Run(format, file, data, countries, dryRun, encoding, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
