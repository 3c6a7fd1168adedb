using Portal.Pipeline;

namespace Portal.Tests.Pipeline;

/// <summary>
/// What a rebuild reports and leaves behind besides its pages: an edit that changes nothing writes nothing, a
/// fallback to a full build reads the input once, and a rebuild in place that fails says what it already replaced.
/// </summary>
public sealed class RebuildOutcomeTests : IDisposable
{
    private const string Commitment = "valdeserra-roma-school-mediation";
    private const string TitleThatBreaksALink = "A title the test theme links to nowhere";
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void Should_Write_Nothing_When_A_File_Is_Saved_Without_A_Change()
    {
        var (options, builder) = BuildEditableSample();
        var commitments = Path.Combine(options.DataFolder, "commitments.csv");
        var before = OutputSnapshot.Of(options.OutputFolder);
        var writtenAt = WriteTimes(options.OutputFolder);
        File.WriteAllBytes(commitments, File.ReadAllBytes(commitments));

        var report = builder.Rebuild(options, [commitments]);

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.Equal(OutputChange.None, report.Output);
        Assert.Equal(0, report.PagesWritten);
        Assert.True(report.PagesUnchanged > 0);
        Assert.Equal(before, OutputSnapshot.Of(options.OutputFolder));
        Assert.Equal(writtenAt, WriteTimes(options.OutputFolder));
    }

    [Fact]
    public void Should_Load_The_Input_And_Build_The_Model_Once_When_An_Edit_Falls_Back_To_A_Full_Build()
    {
        var (options, builder) = BuildEditableSample();
        var progress = CsvFile.Read(Path.Combine(options.DataFolder, "progress.csv"));
        progress.Rows.Add([Commitment, "2026-06-20", "", "in-progress", "Newest report of all.", ""]);
        progress.Write();

        var report = builder.Rebuild(options, [progress.FilePath]);

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.Equal(OutputChange.Replaced, report.Output);
        Assert.Equal(["load and validate", "model", "compare"], report.Phases.Select(p => p.Phase).Take(3));
        Assert.Single(report.Phases, p => p.Phase == "load and validate");
        Assert.Single(report.Phases, p => p.Phase == "model");
        Assert.Contains(report.Phases, p => p.Phase == "render and write");
    }

    [Fact]
    public void Should_Report_The_Files_Already_Replaced_When_A_Rebuild_In_Place_Fails_And_Build_Everything_At_The_Next_Edit()
    {
        var (options, builder) = BuildEditableSample(ThemeLinkingNowhereFrom(TitleThatBreaksALink));
        var commitments = CsvFile.Read(Path.Combine(options.DataFolder, "commitments.csv"));
        var title = commitments.Row(Commitment)[Array.IndexOf(commitments.Header, "title")];
        commitments.Set(Commitment, "title", TitleThatBreaksALink);
        commitments.Write();

        var failed = builder.Rebuild(options, [commitments.FilePath]);

        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Diagnostics, d => d.Message.Contains("broken link '/nowhere/'", StringComparison.Ordinal));
        Assert.Equal(OutputChange.ChangedInPlace, failed.Output);
        Assert.InRange(failed.FilesChangedInPlace, failed.PagesWritten, int.MaxValue);
        Assert.True(failed.PagesWritten > 0);

        commitments.Set(Commitment, "title", title);
        commitments.Write();
        var next = builder.Rebuild(options, [commitments.FilePath]);

        Assert.True(next.Succeeded, string.Join('\n', next.Diagnostics));
        Assert.Equal(OutputChange.Replaced, next.Output);
        Assert.Equal(0, next.PagesUnchanged);
    }

    [Fact]
    public void Should_Say_A_Rebuild_In_Place_Changed_The_Output_When_It_Succeeds()
    {
        var (options, builder) = BuildEditableSample();
        var commitments = CsvFile.Read(Path.Combine(options.DataFolder, "commitments.csv"));
        commitments.Set(Commitment, "title", "Roma school mediators in every district");
        commitments.Write();

        var report = builder.Rebuild(options, [commitments.FilePath]);

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.Equal(OutputChange.ChangedInPlace, report.Output);
        Assert.InRange(report.FilesChangedInPlace, report.PagesWritten, int.MaxValue);
    }

    [Fact]
    public void Should_Read_A_Reported_File_Again_When_Its_Size_And_Time_Of_Last_Write_Stay_The_Same()
    {
        var (options, builder) = BuildEditableSample();
        var commitments = Path.Combine(options.DataFolder, "commitments.csv");
        var (size, writtenAt) = (new FileInfo(commitments).Length, File.GetLastWriteTimeUtc(commitments));
        const string Title = "Roma school mediators in every secondary school";
        var sameLength = new string('Z', Title.Length);
        File.WriteAllText(commitments, File.ReadAllText(commitments).Replace(Title, sameLength, StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(commitments, writtenAt);
        Assert.Equal((size, writtenAt), (new FileInfo(commitments).Length, File.GetLastWriteTimeUtc(commitments)));

        var report = builder.Rebuild(options, [commitments]);

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.Contains(sameLength, File.ReadAllText(Path.Combine(options.OutputFolder, "commitments", Commitment, "index.html")), StringComparison.Ordinal);
    }

    private string ThemeLinkingNowhereFrom(string title)
    {
        var theme = ThemeCopy.In(_folder);
        File.AppendAllText(Path.Combine(theme, "layouts", "commitment.html"), $"\n{{{{ if page.title == \"{title}\" }}}}<a href=\"/nowhere/\">nowhere</a>{{{{ end }}}}\n");
        return theme;
    }

    private (BuildOptions Options, SiteBuilder Builder) BuildEditableSample(string? theme = null)
    {
        var data = _folder.Combine("data");
        Directory.CreateDirectory(data);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Data))
        {
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        }

        var options = BuildOptionsFor.Sample(_folder.Combine("output")) with { DataFolder = data, ThemeFolder = theme ?? RepositoryPaths.Theme };
        var builder = new SiteBuilder(SilentProgress.Instance, keepsForRebuilds: true);
        var first = builder.Build(options);
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        return (options, builder);
    }

    private static SortedDictionary<string, DateTime> WriteTimes(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc), StringComparer.Ordinal);

    public void Dispose() => _folder.Dispose();
}
