using System.Diagnostics;
using Portal.Cli.Import;
using Portal.Cli;
using Portal.Importing;
using Portal.Tests.Cli;
using Portal.Tests.Importing.Support;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Importing;

/// <summary>
/// Hostile exports of issue 11, imported in process: each ends in a `path:line:column: error:` and exit 1, within
/// its budget, and nothing is written; and an import never writes a file the next build refuses.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class HostileImportTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public HostileImportTests()
    {
        Directory.CreateDirectory(DataFolder);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Data))
        {
            File.Copy(file, Path.Combine(DataFolder, Path.GetFileName(file)));
        }
    }

    private string DataFolder => _folder.Combine("data");

    private string Recommendations => Path.Combine(DataFolder, "recommendations.csv");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_Report_A_DTD_In_The_Sheet_Instead_Of_Crashing()
    {
        var (file, errors) = Refused("upr-info", "dtd.xlsx", HostileExports.WorkbookWithSheetProlog("""<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">]>"""));

        Assert.Contains($"{file}:1:1: error: the workbook's part /xl/worksheets/sheet1.xml is not XML this can read: it holds a DTD", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Report_A_DTD_In_The_Shared_Strings_Instead_Of_Crashing()
    {
        var (file, errors) = Refused("upr-info", "laughs.xlsx", HostileExports.WorkbookWithSharedStringsProlog("""<!DOCTYPE sst [<!ENTITY lol "lol"><!ENTITY lol9 "&lol;&lol;">]>"""));

        Assert.Contains($"{file}:1:1: error: the workbook's part /xl/sharedStrings.xml is not XML this can read: it holds a DTD", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Report_A_Sheet_That_Is_Not_XML_Instead_Of_Crashing()
    {
        var (file, errors) = Refused("upr-info", "prose.xlsx", HostileExports.WorkbookWithSheetText("this is not XML, it is a sentence"));

        Assert.Contains($"{file}:1:1: error: the workbook's part /xl/worksheets/sheet1.xml is not XML this can read, at its line 1, column 1", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Report_A_Cell_Reference_Whose_Column_Overflows_At_Its_Row()
    {
        var (file, errors) = Refused("upr-info", "letters.xlsx", HostileExports.WorkbookWithCell(new string('Z', 40) + "2"));

        Assert.Contains($"{file}:2:7: error: the cell reference 'ZZZZZZZZZZZZZZZZZZZZZZZZ…' is not a cell Excel can have", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Report_A_Cell_Reference_Whose_Row_Overflows_At_Its_Row()
    {
        var (file, errors) = Refused("upr-info", "digits.xlsx", HostileExports.WorkbookWithCell("A99999999999999999999"));

        Assert.Contains($"{file}:2:7: error: the cell reference 'A99999999999999999999' is not a cell Excel can have", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Report_A_Microsoft_Date_Past_The_Year_9999_At_Its_Annotation()
    {
        var (file, errors) = Refused("uhri", "date.json", HostileExports.Json("Ensure due process", "/Date(99999999999999999)/"));

        Assert.Contains($"{file}:2:3: error: 'PublicationDate' '/Date(99999999999999999)/' is not a date", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Report_A_Lone_Surrogate_In_JSON_At_Its_Annotation()
    {
        var (file, errors) = Refused("uhri", "surrogate.json", HostileExports.Json("Ensure \\ud800 due process"));

        Assert.Contains($"{file}:2:3: error: annotation 1 holds text that is not valid Unicode", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Refuse_A_Cell_In_Column_ZZZZZZ_Before_Padding_The_Row_Out_To_It()
    {
        var (file, errors) = Refused("upr-info", "zzzzzz.xlsx", HostileExports.WorkbookWithCell("ZZZZZZ2"));

        Assert.Contains($"{file}:2:7: error: the cell reference 'ZZZZZZ2' is not a cell Excel can have (columns A to XFD", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Refuse_A_Cell_Past_The_Columns_An_Export_May_Have()
    {
        var (file, errors) = Refused("upr-info", "wide.xlsx", HostileExports.WorkbookWithCell("ALM2"));

        Assert.Contains($"{file}:2:1001: error: this cell is in column 1,001; an export may have at most 1,000 columns", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Refuse_A_Shared_String_Longer_Than_A_Cell_May_Hold_At_The_Cell_That_Uses_It()
    {
        var (file, errors) = Refused("upr-info", "long.xlsx", HostileExports.WorkbookWithSharedString(1_000_000));

        Assert.Contains($"{file}:2:2: error: this cell holds more than 100,000 characters; a cell may hold at most 100,000", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Refuse_A_Sheet_With_More_Rows_Than_An_Export_May_Have()
    {
        var (file, errors) = Refused("upr-info", "rows.xlsx", HostileExports.WorkbookWithRows(200_001));

        Assert.Contains($"{file}:200002:1: error: the sheet has more than 200,000 rows of data", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Read_A_Sheet_With_Megabytes_Of_Whitespace_Between_Its_Rows()
    {
        var file = Write("spaces.xlsx", HostileExports.WorkbookWithWhitespace(1_900_000));

        var (exit, output, errors) = Import("upr-info", file, "--dry-run");

        Assert.Equal(string.Empty, errors);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("1 rows read: 1 added", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Refuse_Two_Hundred_Thousand_Nested_Divs_In_Seconds_Not_Minutes()
    {
        var clock = Stopwatch.StartNew();
        var (file, errors) = Refused("uhri", "divs.json", HostileExports.NestedDivs(200_000));

        Assert.Contains($"{file}:2:3: error: 'Text' holds 2,200,018 characters; a cell may hold at most 100,000", errors, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Should_Refuse_HTML_Nested_Deeper_Than_Any_Real_Text()
    {
        var (file, errors) = Refused("uhri", "deep.json", HostileExports.NestedDivs(1_000));

        Assert.Contains($"{file}:2:3: error: the HTML of 'Text' nests deeper than 256 elements", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Refuse_A_NUL_In_A_JSON_Export_At_Its_Annotation_Rather_Than_Write_What_The_Build_Refuses()
    {
        var (file, errors) = RefusedThenBuilt("uhri", "nul.json", HostileExports.Json("Ensure \\u0000 due process"));

        Assert.Contains($"{file}:2:3: error: 'text' would hold U+0000 (a control character) at character 8; the build refuses such a cell", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Refuse_A_Million_Character_Cell_At_Its_Line_Rather_Than_Write_What_The_Build_Refuses()
    {
        var (file, errors) = RefusedThenBuilt("upr-info", "million.csv", HostileExports.Csv($"Spain,{new string('w', 1_000_000)},Portugal,Accepted,Poverty,21"));

        Assert.Contains($"{file}:2:1: error: a cell of the row that reaches this line holds more than 100,000 characters", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Refuse_A_Control_Character_At_Its_Line_Rather_Than_Write_What_The_Build_Refuses()
    {
        var (file, errors) = RefusedThenBuilt("upr-info", "bell.csv", HostileExports.Csv("Spain,Ensure \u0007 due process,Portugal,Accepted,Poverty,21"));

        Assert.Contains($"{file}:2:1: error: 'text' would hold U+0007 (a control character) at character 8", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Refuse_At_The_Export_Row_A_Cell_That_Only_Merging_Makes_Longer_Than_The_Build_Allows()
    {
        var themes = (string prefix) => "\"" + string.Join(',', Enumerable.Range(0, 6_000).Select(i => $"{prefix}{i:D5}")) + "\"";
        var csv = HostileExports.Csv(
            $"Spain,Adopt a national housing strategy.,Portugal,Accepted,{themes("theme-a")},21",
            $"Spain,Adopt a national housing strategy.,Portugal,Accepted,{themes("theme-b")},21");

        var (file, errors) = RefusedThenBuilt("upr-info", "merged.csv", csv);

        Assert.Contains($"{file}:2:1: error: this cell holds 155,999 characters; a cell may hold at most 100,000; the build would refuse this row of recommendations.csv", errors, StringComparison.Ordinal);
    }

    /// <summary>The export is refused with exit 1, and recommendations.csv is left as it was.</summary>
    private (string File, string Errors) Refused(string format, string name, byte[] bytes)
    {
        var file = Write(name, bytes);
        var before = File.ReadAllBytes(Recommendations);

        var (exit, _, errors) = Import(format, file);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Recommendations));
        return (file, errors);
    }

    /// <summary>Refused as above, and the build that follows accepts the data: an import never ends in "import succeeded, build refused".</summary>
    private (string File, string Errors) RefusedThenBuilt(string format, string name, byte[] bytes)
    {
        var refused = Refused(format, name, bytes);
        var exit = CommandLine.Run(["validate", "--data", DataFolder, "--content", RepositoryPaths.Content, "--theme", RepositoryPaths.Theme, "--as-of", "2026-06-30"], TimeProvider.System);
        Assert.Equal(ExitCodes.Success, exit);
        return refused;
    }

    private string Write(string name, byte[] bytes)
    {
        var file = _folder.Combine(name);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    private (int Exit, string Output, string Errors) Import(string format, string file, params string[] options)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = ImportCommandLine.Run(format, file, DataFolder, [], options.Contains("--dry-run"), null, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }
}
