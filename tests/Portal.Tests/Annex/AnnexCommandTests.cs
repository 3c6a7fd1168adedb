using DocumentFormat.OpenXml.Packaging;
using Portal.Cli;
using Portal.Cli.Annex;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Annex;

/// <summary>`portal annex`: what it writes, where, and the clear errors and exit codes when it cannot.</summary>
public sealed class AnnexCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public AnnexCommandTests() => Directory.CreateDirectory(_folder.Path);

    [Fact]
    public void Should_Write_A_Docx_Named_By_Its_Scope_In_The_Current_Folder_When_No_Output_Is_Given()
    {
        var run = PortalRun.In(_folder.Path, "annex", "--country", "esp", "--mechanism", "UPR", "--cycle", "3", "--words", "10700",
            "--data", RepositoryPaths.Data, "--content", RepositoryPaths.Content, "--theme", RepositoryPaths.Theme, "--as-of", "2026-06-30");

        Assert.True(run.ExitCode == ExitCodes.Success, run.StandardError);
        var file = _folder.Combine("annex-esp-upr-3.docx");
        using var package = WordprocessingDocument.Open(file, isEditable: false);
        Assert.Contains("A/HRC/44/7, para. 150.141", package.MainDocumentPart!.Document!.InnerText, StringComparison.Ordinal);
        Assert.Contains("wrote annex-esp-upr-3.docx", run.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("md")]
    [InlineData("html")]
    public void Should_Write_The_Format_Asked_For_To_The_Output_Given(string format)
    {
        var output = _folder.Combine("annex." + format);

        var (exit, _, errors) = Run(new AnnexArguments("ESP", null, null, 500, format, output));

        Assert.True(exit == ExitCodes.Success, errors);
        Assert.Contains("A/HRC/", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("XXX", null, null, null, ExitCodes.Usage, "--country 'XXX' is not an ISO 3166-1 alpha-3 country code")]
    [InlineData("ESP", "FOO", null, null, ExitCodes.Usage, "--mechanism 'FOO': no recommendation to ESP comes from it; the data has")]
    [InlineData("ESP", null, 4, null, ExitCodes.Usage, "--cycle needs --mechanism")]
    [InlineData("ESP", null, null, 0, ExitCodes.Usage, "--words 0 is not a word limit")]
    [InlineData("ESP", null, null, 50, ExitCodes.Usage, "--words 50 is too small")]
    [InlineData("FRA", null, null, null, ExitCodes.InvalidInput, "no city acts on a recommendation to FRA; nothing to write")]
    [InlineData("ESP", "UPR", 1999, null, ExitCodes.InvalidInput, "no city acts on a recommendation to ESP UPR 1999; nothing to write. Scopes with local action: ESP,")]
    public void Should_Refuse_What_It_Cannot_Write_With_A_Clear_Error_And_A_Non_Zero_Exit(string country, string? mechanism, int? cycle, int? words, int expectedExit, string message)
    {
        var output = _folder.Combine("refused.docx");

        var (exit, _, errors) = Run(new AnnexArguments(country, mechanism, cycle, words, "docx", output));

        Assert.Equal(expectedExit, exit);
        Assert.Contains("portal: error: " + message, errors, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Should_Name_The_Default_File_By_Country_Mechanism_And_Review() =>
        Assert.Equal(
            ["annex-esp.docx", "annex-esp-upr.md", "annex-esp-cedaw-2023.html"],
            [
                AnnexCommandLine.DefaultFileName(new("ESP"), Portal.Annex.AnnexFormat.Docx),
                AnnexCommandLine.DefaultFileName(new("ESP", "UPR"), Portal.Annex.AnnexFormat.Md),
                AnnexCommandLine.DefaultFileName(new("ESP", "CEDAW", 2023), Portal.Annex.AnnexFormat.Html),
            ]);

    public void Dispose() => _folder.Dispose();

    private static (int Exit, string Output, string Errors) Run(AnnexArguments arguments)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = AnnexCommandLine.Run(arguments, BuildOptionsFor.Sample("unused"), output, errors);
        return (exit, output.ToString(), errors.ToString());
    }
}
