using System.Text;
using Portal.Cli;
using Portal.Cli.Import;
using Portal.Tests.Cli;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Importing.Encodings;

/// <summary>`portal import` of an export saved by Excel in a Central European locale, end to end.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CodePageImportTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public CodePageImportTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Directory.CreateDirectory(DataFolder);
        File.Copy(Path.Combine(RepositoryPaths.Data, "recommendations.csv"), Recommendations);
        File.WriteAllBytes(Export, Encoding.GetEncoding(1250).GetBytes(RegionalSamples.PlzenInEnglish.ReplaceLineEndings("\r\n")));
    }

    private string DataFolder => _folder.Combine("data");

    private string Recommendations => Path.Combine(DataFolder, "recommendations.csv");

    private string Export => _folder.Combine("plzen.csv");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_Refuse_The_Windows_1250_Export_With_Exit_1_Showing_Its_Line_Read_Both_Ways()
    {
        var before = File.ReadAllBytes(Recommendations);

        var (exit, output, errors) = Import([]);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("plzen.csv:3:45: error: the file is not UTF-8, and its bytes read plausibly in more than one code page, so it is not read: line 3 ", errors, StringComparison.Ordinal);
        Assert.Contains("as Windows-1250 or ISO-8859-2 (--encoding windows-1250) it reads \"Czechia,\"Close the segregated school in Plzeň and enrol its pupils", errors, StringComparison.Ordinal);
        Assert.Contains("(--encoding windows-1252) it reads \"Czechia,\"Close the segregated school in Plzeò and enrol its pupils", errors, StringComparison.Ordinal);
        Assert.Contains("Name the encoding with --encoding <name>", errors, StringComparison.Ordinal);
        Assert.Contains("nothing was written", output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Recommendations));
    }

    [Fact]
    public void Should_Import_The_Windows_1250_Export_When_Country_Names_Czechia()
    {
        var (exit, output, errors) = Import(["--country", "CZE"]);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, errors);
        Assert.Contains("read as Windows-1250 (not UTF-8;", output, StringComparison.Ordinal);
        Assert.Contains("Close the segregated school in Plzeň and enrol its pupils", File.ReadAllText(Recommendations), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Import_The_Windows_1250_Export_In_The_Encoding_It_Is_Told()
    {
        var (exit, output, _) = Import(["--encoding", "windows-1250"]);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("read as Windows-1250 (as --encoding says)", output, StringComparison.Ordinal);
        Assert.Contains("Plzeň", File.ReadAllText(Recommendations), StringComparison.Ordinal);
    }

    private (int Exit, string Output, string Errors) Import(string[] options)
    {
        var countries = options.Contains("--country") ? [options[Array.IndexOf(options, "--country") + 1]] : Array.Empty<string>();
        var encoding = options.Contains("--encoding") ? options[Array.IndexOf(options, "--encoding") + 1] : null;
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = ImportCommandLine.Run("upr-info", Export, DataFolder, countries, dryRun: false, encoding, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }
}
