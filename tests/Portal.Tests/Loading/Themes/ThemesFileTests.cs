using System.Text;
using Portal.Domain.Diagnostics;
using Portal.Loading;
using Portal.Tests.Pipeline;
using Portal.Tests.Support;
using Portal.TextFiles;

namespace Portal.Tests.Loading.Themes;

/// <summary>data/themes.csv: read, checked, and applied to the themes of recommendations and commitments.</summary>
public sealed class ThemesFileTests : IDisposable
{
    private const string Themes = "id,label,source_labels";

    private readonly TemporaryFolder _folder = new();
    private readonly DiagnosticBag _diagnostics = new();

    public ThemesFileTests()
    {
        Write("data/cities.csv", TestCsv.Lines("id,name,country", "bcn,Barcelona,ESP"));
        Write("data/recommendations.csv", TestCsv.Lines(
            "id,text,country,mechanism,themes",
            "R1,Adopt a plan,ESP,UPR,right to housing;  HOUSING ;Rights of the Child",
            @"R2,Protect children,ESP,CRC,Children: definition\; general principles\; protection;cp rights - general",
            "R3,Report,ESP,UPR,CP Rights - General"));
        Write("data/commitments.csv", TestCsv.Lines("id,city,title,status,recommendations,themes", "c1,bcn,Adopt a plan,planned,R1,housing;older persons"));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_Keep_Themes_As_Written_And_Warn_Of_Nothing_Without_A_Theme_List()
    {
        var result = Load();

        Assert.Empty(_diagnostics.Items);
        Assert.Equal(["right to housing", "HOUSING", "Rights of the Child"], result.Data.Recommendations[0].Themes);
        Assert.False(result.Data.Themes.IsDefined);
    }

    [Fact]
    public void Should_Map_Every_Label_Onto_Its_Theme_Whatever_The_Case_And_Surrounding_Spaces()
    {
        WriteThemes("housing,Housing,Right to housing", "children,Children,\"Rights of the Child\nChildren: definition; general principles; protection\"", "older-persons,Older persons,");

        var result = Load();

        Assert.Equal(["housing", "children"], result.Data.Recommendations[0].Themes);
        Assert.Equal("children", result.Data.Recommendations[1].Themes[0]);
        Assert.Equal(["housing", "older-persons"], Assert.Single(result.Data.Commitments).Themes);
    }

    [Fact]
    public void Should_Keep_An_Unmapped_Label_Whole_And_Warn_Once_Whatever_Its_Case_With_Its_Count_At_Its_First_Cell()
    {
        WriteThemes("housing,Housing,Right to housing", "children,Children,Rights of the Child", "older-persons,Older persons,");

        var result = Load();

        Assert.Equal(["Children: definition; general principles; protection", "cp rights - general"], result.Data.Recommendations[1].Themes);
        Assert.Equal(["CP Rights - General"], result.Data.Recommendations[2].Themes);
        var warnings = _diagnostics.Sorted();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(DiagnosticSeverity.Warning, w.Severity));
        Assert.All(warnings, w => Assert.StartsWith($"{Shown("data/recommendations.csv")}:3:", w.ToString(), StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Message.Contains("'Children: definition; general principles; protection' (1 row)", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Message.Contains("'cp rights - general' (2 rows)", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Count_Every_Row_That_Holds_An_Unmapped_Label()
    {
        WriteThemes("housing,Housing,Right to housing");
        Write("data/recommendations.csv", TestCsv.Lines("id,text,country,mechanism,themes", "R1,A,ESP,UPR,Corruption", "R2,B,ESP,UPR,corruption;housing", "R3,C,ESP,UPR,Corruption"));
        Write("data/commitments.csv", TestCsv.Lines("id,city,title,status,recommendations", "c1,bcn,Adopt a plan,planned,R1"));

        Load();

        DiagnosticAssert.Single(_diagnostics, $"{Shown("data/recommendations.csv")}:2:14: warning", "'Corruption' (3 rows)");
    }

    [Fact]
    public void Should_Report_A_Duplicate_Theme_Id_At_Its_Cell()
    {
        WriteThemes("housing,Housing,", "children,Children,", "housing,Shelter,");

        Load();

        SingleError($"{Shown("data/themes.csv")}:4:1: error", "the theme id 'housing' appears twice: first on line 2");
    }

    [Fact]
    public void Should_Report_A_Source_Label_Claimed_By_Two_Themes_At_The_Second_Cell()
    {
        WriteThemes("housing,Housing,Right to land", "environment,Environment,\"Climate\n  RIGHT TO LAND \"");

        Load();

        SingleError($"{Shown("data/themes.csv")}:3:25: error", "'RIGHT TO LAND' leads to two themes: 'housing' (line 2) and 'environment'");
    }

    [Fact]
    public void Should_Report_A_Label_That_Is_Another_Themes_Id()
    {
        WriteThemes("housing,Housing,", "shelter,Shelter,housing");

        Load();

        SingleError($"{Shown("data/themes.csv")}:3:17: error", "'housing' leads to two themes");
    }

    [Theory]
    [InlineData("Housing Rights,Housing,", "is not a valid id for 'id'")]
    [InlineData("housing,,Right to housing", "'label' is required but empty")]
    public void Should_Report_A_Hostile_Row_At_Its_Cell(string row, string fragment)
    {
        WriteThemes(row);

        Load();

        Assert.Contains(_diagnostics.Items, d => d.Severity == DiagnosticSeverity.Error && d.Message.Contains(fragment, StringComparison.Ordinal)
            && d.Location.File == Shown("data/themes.csv") && d.Location.Line == 2);
    }

    [Fact]
    public void Should_Not_Count_Two_Empty_Labels_As_One_Label_Claimed_Twice()
    {
        WriteThemes("housing,,", "children,,");

        Load();

        var errors = _diagnostics.Items.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Contains("'label' is required but empty", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Report_A_Missing_Label_Column_In_The_Header()
    {
        Write("data/themes.csv", TestCsv.Lines("id,source_labels", "housing,Right to housing"));

        Load();

        Assert.Contains(_diagnostics.Items, d => d.Message.Contains("required column 'label' is missing from the header", StringComparison.Ordinal));
    }

    /// <summary>The one error; the labels of the recommendations no theme gathers are warned of beside it.</summary>
    private void SingleError(string expected, string fragment)
    {
        var error = Assert.Single(_diagnostics.Items, d => d.Severity == DiagnosticSeverity.Error);
        Assert.StartsWith(expected + ": ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }

    private void WriteThemes(params string[] rows) => Write("data/themes.csv", TestCsv.Lines([Themes, .. rows]));

    private LoadResult Load() => new PortalLoader(_diagnostics).Load(_folder.Combine("data"), _folder.Combine("input"));

    private void Write(string relativePath, string text)
    {
        var path = _folder.Combine(relativePath.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private string Shown(string relativePath) => DisplayPath.Of(_folder.Combine(relativePath.Split('/')));
}
