using Portal.Pipeline;

namespace Portal.Tests.Pipeline;

/// <summary>
/// A rebuild after an edit renders only the pages the edit reaches, in place; what it leaves on disk must be
/// exactly what a full build of the edited data writes, or a page would show stale figures.
/// </summary>
public sealed class RebuildTests : IDisposable
{
    private const string Commitment = "valdeserra-roma-school-mediation";
    private readonly TemporaryFolder _folder = new();

    public static TheoryData<string> Edits => [.. EditsByName.Keys];

    private static Dictionary<string, Action<CsvFile, CsvFile>> EditsByName { get; } = new()
    {
        ["a commitment's title"] = (commitments, _) => commitments.Set(Commitment, "title", "Roma school mediators in every district"),
        ["a commitment's declared status"] = (commitments, _) => commitments.Set(Commitment, "status", "stalled"),
        ["a commitment's city"] = (commitments, _) => commitments.Set(Commitment, "city", "marisma-alta"),
        ["the recommendations a commitment answers"] = (commitments, _) => commitments.Set(Commitment, "recommendations", "A/HRC/44/7 para 150.58"),
        ["a new commitment"] = (commitments, _) => commitments.Rows.Add([.. commitments.Row(Commitment).Select((cell, i) => i == 0 ? "valdeserra-new-commitment" : cell)]),
        ["a removed commitment and its reports"] = (commitments, progress) =>
        {
            commitments.Rows.Remove(commitments.Row(Commitment));
            progress.Rows.RemoveAll(r => r[0] == Commitment);
        },
        ["a progress value"] = (_, progress) => progress.Rows.First(r => r[0] == Commitment)[2] = "61",
        ["an older progress report"] = (_, progress) => progress.Rows.Add([Commitment, "2020-01-31", "", "in-progress", "Mediators recruited.", ""]),
        ["a report that changes the status"] = (_, progress) => progress.Rows.Add([Commitment, "2025-01-31", "", "stalled", "Funding paused.", ""]),
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void Should_Leave_The_Same_Files_As_A_Full_Build_After_An_Edit_To(string edit)
    {
        var (options, builder, files) = BuildEditableSample();
        EditsByName[edit](files.Commitments, files.Progress);
        files.Commitments.Write();
        files.Progress.Write();

        var report = builder.Rebuild(options, [files.Commitments.FilePath, files.Progress.FilePath]);

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.True(report.PagesUnchanged > 0, "the edit should have been rebuilt page by page, not in full");
        var full = options with { OutputFolder = _folder.Combine("full") };
        Assert.True(new SiteBuilder().Build(full).Succeeded);
        Assert.Equal(OutputSnapshot.Of(full.OutputFolder), OutputSnapshot.Of(options.OutputFolder));
    }

    [Fact]
    public void Should_Render_Only_The_Pages_A_New_Title_Reaches()
    {
        var (options, builder, files) = BuildEditableSample();
        files.Commitments.Set(Commitment, "title", "Roma school mediators in every district");
        files.Commitments.Write();

        var report = builder.Rebuild(options, [files.Commitments.FilePath]);

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.InRange(report.PagesWritten, 1, (report.PagesWritten + report.PagesUnchanged) / 5);
        Assert.Contains("Roma school mediators in every district", File.ReadAllText(Path.Combine(options.OutputFolder, "commitments", Commitment, "index.html")));
    }

    [Fact]
    public void Should_Build_Everything_When_A_Report_Moves_The_Last_Updated_Date_Every_Page_Shows()
    {
        var (options, builder, files) = BuildEditableSample();
        files.Progress.Rows.Add([Commitment, "2026-06-20", "", "in-progress", "Newest report of all.", ""]);
        files.Progress.Write();

        var report = builder.Rebuild(options, [files.Progress.FilePath]);

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.Equal(0, report.PagesUnchanged);
    }

    [Fact]
    public void Should_Build_Everything_When_A_File_Other_Than_Commitments_Or_Progress_Changes()
    {
        var (options, builder, _) = BuildEditableSample();
        var cities = CsvFile.Read(Path.Combine(options.DataFolder, "cities.csv"));
        cities.Set("valdeserra", "name", "Valdeserra de Arriba");
        cities.Write();

        var report = builder.Rebuild(options, [cities.FilePath]);

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.Equal(0, report.PagesUnchanged);
        Assert.Contains("Valdeserra de Arriba", File.ReadAllText(Path.Combine(options.OutputFolder, "cities", "valdeserra", "index.html")));
    }

    [Fact]
    public void Should_Report_The_Error_And_Keep_Serving_The_Pages_When_An_Edit_Breaks_A_Reference()
    {
        var (options, builder, files) = BuildEditableSample();
        var before = OutputSnapshot.Of(options.OutputFolder);
        files.Commitments.Set(Commitment, "city", "atlantis");
        files.Commitments.Write();

        var report = builder.Rebuild(options, [files.Commitments.FilePath]);

        Assert.False(report.Succeeded);
        Assert.Contains(report.Diagnostics, d => d.Message.Contains("atlantis", StringComparison.Ordinal));
        Assert.Equal(before, OutputSnapshot.Of(options.OutputFolder));
    }

    private (BuildOptions Options, SiteBuilder Builder, (CsvFile Commitments, CsvFile Progress) Files) BuildEditableSample()
    {
        var data = _folder.Combine("data");
        Directory.CreateDirectory(data);
        foreach (var file in Directory.GetFiles(BuildOptionsFor.Sample("unused").DataFolder))
        {
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        }

        var options = BuildOptionsFor.Sample(_folder.Combine("output")) with { DataFolder = data };
        var builder = new SiteBuilder(SilentProgress.Instance, keepsForRebuilds: true);
        Assert.True(builder.Build(options).Succeeded);
        var files = (CsvFile.Read(Path.Combine(data, "commitments.csv")), CsvFile.Read(Path.Combine(data, "progress.csv")));
        return (options, builder, files);
    }

    public void Dispose() => _folder.Dispose();
}
