using Portal.Domain.Diagnostics;
using Portal.Domain.Model;
using Portal.Pipeline;
using Portal.Rendering;

namespace Portal.Tests.Pipeline;

/// <summary>
/// A rebuild after an edit renders only the pages the edit reaches, in place; what it leaves on disk must be
/// exactly what a full build of the edited data writes, or a page would show stale figures.
/// </summary>
public sealed class RebuildTests : IDisposable
{
    private const string Commitment = "valdeserra-roma-school-mediation";
    private const string NewTitle = "Roma school mediators in every district";

    /// <summary>A date no build writes at: a page stamped with it and still carrying it was not written again.</summary>
    private static readonly DateTime LongAgo = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly TemporaryFolder _folder = new();

    public static TheoryData<string> Edits => [.. EditsByName.Keys];

    private static Dictionary<string, Action<CsvFile, CsvFile>> EditsByName { get; } = new()
    {
        ["a commitment's title"] = (commitments, _) => commitments.Set(Commitment, "title", NewTitle),
        ["a commitment's declared status"] = (commitments, _) => commitments.Set(Commitment, "status", "stalled"),
        ["a commitment's city"] = (commitments, _) => commitments.Set(Commitment, "city", "marisma-alta"),
        ["the recommendations a commitment answers"] = (commitments, _) => commitments.Set(Commitment, "recommendations", "A/HRC/44/7 para 150.58"),
        ["a new commitment"] = (commitments, _) => commitments.Rows.Add(CopyOf(commitments, Commitment, "valdeserra-new-commitment")),
        ["a removed commitment and its reports"] = (commitments, progress) =>
        {
            commitments.Rows.Remove(commitments.Row(Commitment));
            progress.Rows.RemoveAll(r => Cell(progress, r, "commitment") == Commitment);
        },
        ["a progress value"] = (_, progress) => progress.Rows.First(r => Cell(progress, r, "commitment") == Commitment)[ColumnOf(progress, "value")] = "61",
        ["an older progress report"] = (_, progress) => progress.Rows.Add(NewReport(progress, "2020-01-31", "in-progress", "Mediators recruited.")),
        ["a report that changes the status"] = (_, progress) => progress.Rows.Add(NewReport(progress, "2025-01-31", "stalled", "Funding paused.")),
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void Should_Leave_The_Same_Files_As_A_Full_Build_After_An_Edit_To(string edit)
    {
        var (options, builder, files) = BuildEditableSample();

        EditAndRebuildPageByPage(options, builder, files, EditsByName[edit]);

        AssertSameFilesAsAFullBuild(options, "full");
    }

    /// <summary>
    /// serve applies edits one after another: the second rebuild takes over views that the first one had itself
    /// taken over, so what it leaves must still be what a full build writes.
    /// </summary>
    [Fact]
    public void Should_Leave_The_Same_Files_As_A_Full_Build_After_Each_Of_Two_Edits_In_A_Row()
    {
        var (options, builder, files) = BuildEditableSample();

        EditAndRebuildPageByPage(options, builder, files, EditsByName["a commitment's title"]);
        AssertSameFilesAsAFullBuild(options, "full-after-the-title");

        EditAndRebuildPageByPage(options, builder, files, EditsByName["a commitment's declared status"]);
        AssertSameFilesAsAFullBuild(options, "full-after-the-status");
    }

    [Fact]
    public void Should_Render_Only_The_Pages_A_New_Title_Reaches()
    {
        var (options, builder, files) = BuildEditableSample();
        var model = ModelOf(options);
        var edited = model.CommitmentById[Commitment];
        var otherCity = model.Cities.First(c => c.Country != model.CityById[edited.CityId].Country);
        var otherCommitment = model.CommitmentsByCity[otherCity.Id].First();
        var unrelatedRecommendation = model.Recommendations.First(r => r.Country == otherCity.Country && !edited.RecommendationIds.Contains(r.Id));
        Stamp(options.OutputFolder, LongAgo);
        files.Commitments.Set(Commitment, "title", NewTitle);
        files.Commitments.Write();

        var report = builder.Rebuild(options, [files.Commitments.FilePath]);

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.InRange(report.PagesWritten, 1, (report.PagesWritten + report.PagesUnchanged) / 5);
        Assert.Contains(NewTitle, File.ReadAllText(PageFile(options, SitePaths.Commitment(Commitment))));
        var rewritten = RewrittenPages(options.OutputFolder);
        Assert.Equal(report.PagesWritten, rewritten.Count);
        Assert.Contains(SitePaths.Commitment(Commitment), rewritten);
        Assert.Contains(SitePaths.City(edited.CityId), rewritten);
        Assert.DoesNotContain(SitePaths.City(otherCity.Id), rewritten);
        Assert.DoesNotContain(SitePaths.Commitment(otherCommitment.Id), rewritten);
        Assert.DoesNotContain(SitePaths.Recommendation(model.RecommendationSlug[unrelatedRecommendation.Id]), rewritten);
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

    /// <summary>Applies an edit, rebuilds, and checks that the rebuild wrote something, not everything, and changed the output.</summary>
    private static void EditAndRebuildPageByPage(BuildOptions options, SiteBuilder builder, (CsvFile Commitments, CsvFile Progress) files, Action<CsvFile, CsvFile> edit)
    {
        var before = OutputSnapshot.Of(options.OutputFolder);
        edit(files.Commitments, files.Progress);
        files.Commitments.Write();
        files.Progress.Write();

        var report = builder.Rebuild(options, [files.Commitments.FilePath, files.Progress.FilePath]);

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.True(report.PagesWritten > 0, "the edit should have rendered the pages it reaches");
        Assert.True(report.PagesUnchanged > 0, "the edit should have been rebuilt page by page, not in full");
        Assert.NotEqual(before, OutputSnapshot.Of(options.OutputFolder));
    }

    private void AssertSameFilesAsAFullBuild(BuildOptions options, string folder)
    {
        var full = options with { OutputFolder = _folder.Combine(folder) };
        Assert.True(new SiteBuilder().Build(full).Succeeded);
        Assert.Equal(OutputSnapshot.Of(full.OutputFolder), OutputSnapshot.Of(options.OutputFolder));
    }

    private static PortalModel ModelOf(BuildOptions options) =>
        PortalModel.Build(InputChecker.Check(options, new DiagnosticBag()).Data, options.AsOf);

    private static string PageFile(BuildOptions options, string sitePath) => Path.Combine(options.OutputFolder, SitePaths.FileOf(sitePath));

    private static void Stamp(string output, DateTime time)
    {
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, time);
        }
    }

    /// <summary>The site path of every page written since the output was stamped <see cref="LongAgo"/>.</summary>
    [Fact]
    public void Should_Write_Again_Only_The_Annexes_A_New_Title_Reaches()
    {
        var (options, builder, files) = BuildEditableSample();
        Stamp(options.OutputFolder, LongAgo);
        files.Commitments.Set(Commitment, "title", NewTitle);
        files.Commitments.Write();

        var report = builder.Rebuild(options, [files.Commitments.FilePath]);

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var spain = PageFile(options, SitePaths.AnnexHtml("ESP"));
        Assert.Contains(NewTitle, File.ReadAllText(spain), StringComparison.Ordinal);
        Assert.True(File.GetLastWriteTimeUtc(PageFile(options, SitePaths.AnnexDocx("ESP"))) > LongAgo);
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(PageFile(options, SitePaths.AnnexHtml("KEN"))));
    }

    private static HashSet<string> RewrittenPages(string output) =>
    [
        .. Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Where(file => Path.GetFileName(file) != "annex.html") // files beside the pages, not pages
            .Where(file => File.GetLastWriteTimeUtc(file) > LongAgo)
            .Select(file => SitePathOf(Path.GetRelativePath(output, file))),
    ];

    private static string SitePathOf(string relativeFile)
    {
        var path = "/" + relativeFile.Replace(Path.DirectorySeparatorChar, '/');
        return path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
    }

    private static int ColumnOf(CsvFile file, string column)
    {
        var index = Array.IndexOf(file.Header, column);
        Assert.True(index >= 0, $"{Path.GetFileName(file.FilePath)} has no column '{column}'");
        return index;
    }

    private static string Cell(CsvFile file, string[] row, string column) => row[ColumnOf(file, column)];

    private static string[] CopyOf(CsvFile file, string id, string newId)
    {
        var copy = file.Row(id).ToArray();
        copy[ColumnOf(file, "id")] = newId;
        return copy;
    }

    private static string[] NewReport(CsvFile progress, string date, string status, string note)
    {
        var row = new string[progress.Header.Length];
        Array.Fill(row, string.Empty);
        row[ColumnOf(progress, "commitment")] = Commitment;
        row[ColumnOf(progress, "date")] = date;
        row[ColumnOf(progress, "status")] = status;
        row[ColumnOf(progress, "note")] = note;
        return row;
    }

    public void Dispose() => _folder.Dispose();
}
