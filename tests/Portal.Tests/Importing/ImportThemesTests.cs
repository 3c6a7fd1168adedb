using Portal.Cli.Import;
using Portal.Domain.Diagnostics;
using Portal.Loading;
using Portal.Tests.Cli;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Importing;

/// <summary>`portal import` maps an export's theme labels through the data folder's themes.csv, and never rewrites a label.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ImportThemesTests : IDisposable
{
    private const string Separated = "Children: definition; general principles; protection";

    /// <summary>UPR Info's shape: issues joined with commas, so a label may hold semicolons.</summary>
    private static readonly string UprInfoExport = string.Join('\n',
        "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session",
        "Spain,WEOG,EU,Build public rental homes in every district.,Portugal,WEOG,EU,Accepted,4,\"Right to housing,Rights of the Child\",21",
        $"Spain,WEOG,EU,Protect children in residential care.,Uruguay,GRULAC,,Noted,5,\"{Separated},CP rights - general\",8",
        "Spain,WEOG,EU,Report on the plan of action.,France,WEOG,EU,Accepted,4,CP Rights - General,21",
        "");

    private readonly TemporaryFolder _folder = new();

    public ImportThemesTests()
    {
        FolderCopy.Copy(RepositoryPaths.Data, DataFolder);
        File.WriteAllText(Export, UprInfoExport);
        WriteThemes("housing,Housing,Right to housing", "children,Children,Rights of the Child");
    }

    private string DataFolder => _folder.Combine("data");

    private string Export => _folder.Combine("export.csv");

    private string Recommendations => Path.Combine(DataFolder, "recommendations.csv");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_Write_The_Theme_Ids_Of_Mapped_Labels()
    {
        var (exit, _, errors) = Import();

        Assert.True(exit == 0, errors);
        Assert.Contains(",housing;children,", File.ReadAllText(Recommendations), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Report_Unmapped_Labels_With_Their_Counts_Whole()
    {
        var (_, output, _) = Import();

        Assert.Contains("theme 'CP rights - general': 1 row, kept as written (first at line 3)", output, StringComparison.Ordinal);
        Assert.Contains("theme 'CP Rights - General': 1 row, kept as written (first at line 4)", output, StringComparison.Ordinal);
        Assert.Contains($"theme '{Separated}': 1 row, kept as written (first at line 3)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Keep_A_Label_Holding_The_Separator_Whole_Through_Import_And_Build()
    {
        Import();

        Assert.Contains(@",Children: definition\; general principles\; protection;CP rights - general,", File.ReadAllText(Recommendations), StringComparison.Ordinal);
        var diagnostics = new DiagnosticBag();
        var loaded = new PortalLoader(diagnostics).Load(DataFolder, RepositoryPaths.Content);
        var recommendation = Assert.Single(loaded.Data.Recommendations, r => r.Text == "Protect children in residential care.");
        Assert.Equal([Separated, "CP rights - general"], recommendation.Themes);
        Assert.DoesNotContain(diagnostics.Items, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Should_Map_A_Label_Holding_The_Separator_When_A_Theme_Gathers_It()
    {
        WriteThemes("housing,Housing,Right to housing", $"children,Children,\"Rights of the Child\n{Separated}\"");

        Import();

        Assert.Contains(",children;CP rights - general,", File.ReadAllText(Recommendations), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Keep_A_Label_Holding_The_Separator_Whole_Without_A_Theme_List()
    {
        File.Delete(Path.Combine(DataFolder, "themes.csv"));

        var (_, output, _) = Import();

        Assert.Contains(@",Children: definition\; general principles\; protection;CP rights - general,", File.ReadAllText(Recommendations), StringComparison.Ordinal);
        Assert.Contains(",Right to housing;Rights of the Child,", File.ReadAllText(Recommendations), StringComparison.Ordinal);
        Assert.DoesNotContain("theme '", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Refuse_To_Import_Through_A_Theme_List_With_Errors()
    {
        WriteThemes("housing,Housing,Right to housing", "shelter,Shelter,RIGHT TO HOUSING");
        var before = File.ReadAllBytes(Recommendations);

        var (exit, _, errors) = Import();

        Assert.Equal(1, exit);
        Assert.Contains("themes.csv:3:17: error: 'RIGHT TO HOUSING' leads to two themes", errors, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Recommendations));
    }

    private void WriteThemes(params string[] rows) =>
        File.WriteAllText(Path.Combine(DataFolder, "themes.csv"), string.Join('\n', ["id,label,source_labels", .. rows, ""]));

    private (int Exit, string Output, string Errors) Import()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = ImportCommandLine.Run("upr-info", Export, DataFolder, [], false, null, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }
}
