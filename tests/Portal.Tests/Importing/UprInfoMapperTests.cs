using Portal.Domain.Diagnostics;
using Portal.Importing.Mapping;
using Portal.Importing.Mapping.UprInfo;
using Portal.Tests.Importing.Support;

namespace Portal.Tests.Importing;

/// <summary>The UPR Info export (To, Text, From, Response, Issue, Session, ...) mapped onto recommendations.</summary>
public sealed class UprInfoMapperTests
{
    private static MappedExport Fixture() => ImportFiles.Mapped(UprInfoMapper.Map, ImportFiles.Table(ImportFiles.FixtureText("upr-info.csv")));

    [Fact]
    public void Should_Map_Every_Column_Of_A_Row()
    {
        var recommendation = ImportFiles.Recommendation(Fixture(), line: 2);

        Assert.Equal("Extend municipal shelters for persons experiencing homelessness, in particular in winter.", recommendation.Text);
        Assert.Equal("ESP", recommendation.Country);
        Assert.Equal("UPR", recommendation.Mechanism);
        Assert.Equal("21", recommendation.Session);
        Assert.Equal(2, recommendation.Cycle);
        Assert.Equal("Portugal", recommendation.RecommendingState);
        Assert.Equal("supported", recommendation.Response);
        Assert.Equal(["Poverty", "Right to housing"], recommendation.Themes);
        Assert.Matches("^upr-info-[0-9a-f]{12}$", recommendation.Id);
    }

    [Fact]
    public void Should_Date_A_Row_By_Its_Session_In_The_Upr_Calendar()
    {
        var export = Fixture();

        Assert.Equal("2015-01-19", ImportFiles.Recommendation(export, line: 2).Date);
        Assert.Equal("2010-05", ImportFiles.Recommendation(export, line: 3).Date);
    }

    [Fact]
    public void Should_Map_State_Names_With_Accents_And_UN_Qualifiers()
    {
        var export = Fixture();

        Assert.Equal("BOL", ImportFiles.Recommendation(export, line: 6).Country);
    }

    [Fact]
    public void Should_Skip_A_Voluntary_Pledge_As_The_States_Own_Statement_Under_Its_Own_Reason()
    {
        var pledge = Assert.Single(Fixture().Rows, r => r.Line == 7);

        Assert.Null(pledge.Recommendation);
        Assert.Equal((SkipReason.NotARecommendation, "Voluntary Pledge"), (pledge.Skip, pledge.Detail));
    }

    [Theory]
    [InlineData("General Response")]
    [InlineData("voluntary pledge")]
    public void Should_Skip_Every_Kind_Of_State_Statement(string response)
    {
        var export = ImportFiles.Mapped(UprInfoMapper.Map, ImportFiles.Table($"To,Text,From,Response,Session\nSpain,We will act.,Spain,{response},35\n"));

        Assert.Equal((SkipReason.NotARecommendation, response), (export.Rows[0].Skip, export.Rows[0].Detail));
    }

    [Fact]
    public void Should_Read_Todays_Database_Export_With_Its_Session_Numbers()
    {
        var export = ImportFiles.Mapped(UprInfoMapper.Map, ImportFiles.Table(ImportFiles.FixtureText("upr-info-database.csv")));

        var spain = ImportFiles.Recommendation(export, line: 2);
        Assert.Equal(("ESP", "Portugal", "supported", "49", 4), (spain.Country, spain.RecommendingState, spain.Response, spain.Session, spain.Cycle));
        Assert.Equal(["Poverty", "Right to housing"], spain.Themes);
        Assert.Equal("Extend municipal shelters for persons experiencing homelessness, in particular in winter.", spain.Text);
        var kenya = ImportFiles.Recommendation(export, line: 3);
        Assert.Equal(("KEN", "noted", "44", 4), (kenya.Country, kenya.Response, kenya.Session, kenya.Cycle));
        Assert.Equal(SkipReason.NotARecommendation, Assert.Single(export.Rows, r => r.Line == 4).Skip);
        Assert.Empty(export.Unmapped.Sorted());
    }

    [Fact]
    public void Should_Give_A_Recommendation_The_Same_Id_In_Both_Export_Shapes()
    {
        var old = ImportFiles.Mapped(UprInfoMapper.Map, ImportFiles.Table("To,Text,From,Session\nSpain,Act now.,Portugal,49\n"));
        var today = ImportFiles.Mapped(UprInfoMapper.Map, ImportFiles.Table("State under review,Recommendation,Recommending State,Session\nSpain,Act now.,Portugal,49 - May 2025\n"));

        Assert.Equal(old.Rows[0].Recommendation!.Id, today.Rows[0].Recommendation!.Id);
    }

    [Theory]
    [InlineData("State Under Review", "Recommending State", "Recommendation", "Issues", "Session")]
    [InlineData("state_under_review", "recommending_state", "recommendation", "issues", "session")]
    [InlineData("STATE-UNDER-REVIEW:", "Recommending State(s)", "Recommendation.", "Issue", "UPR session")]
    [InlineData("To", "From", "Text", "Issue", "Session")]
    public void Should_Match_Column_Titles_Whatever_Their_Case_Spaces_And_Punctuation(string state, string recommender, string text, string issues, string session)
    {
        var table = ImportFiles.Table($"\"{state}\",\"{recommender}\",\"{text}\",\"{issues}\",\"{session}\"\nKenya,France,Act now.,Right to housing,44 - November 2023\n");

        var recommendation = ImportFiles.Recommendation(ImportFiles.Mapped(UprInfoMapper.Map, table), line: 2);

        Assert.Equal(("KEN", "France", "Act now.", "44", 4), (recommendation.Country, recommendation.RecommendingState, recommendation.Text, recommendation.Session, recommendation.Cycle));
        Assert.Equal(["Right to housing"], recommendation.Themes);
    }

    [Fact]
    public void Should_Leave_An_Unknown_Recommending_State_Empty_And_Report_It()
    {
        var export = Fixture();

        Assert.Null(ImportFiles.Recommendation(export, line: 6).RecommendingState);
        var unknown = Assert.Single(export.Unmapped.Sorted(), v => v.Field == "recommending State");
        Assert.Equal("(Unknown)", unknown.Value);
        Assert.Equal(6, unknown.FirstLine);
    }

    [Fact]
    public void Should_Skip_Rows_Without_Text_Or_With_An_Unknown_State_And_Say_Why()
    {
        var export = Fixture();

        Assert.Equal(SkipReason.UnknownCountry, Assert.Single(export.Rows, r => r.Line == 8).Skip);
        Assert.Equal(SkipReason.NoText, Assert.Single(export.Rows, r => r.Line == 9).Skip);
        Assert.Contains(export.Unmapped.Sorted(), v => v is { Field: "State under review", Value: "Atlantis", Outcome: "row skipped" });
    }

    [Fact]
    public void Should_Give_The_Same_Id_To_The_Same_Recommendation_Written_Differently()
    {
        var export = Fixture();

        Assert.Equal(ImportFiles.Recommendation(export, line: 2).Id, ImportFiles.Recommendation(export, line: 5).Id);
        Assert.NotEqual(ImportFiles.Recommendation(export, line: 2).Id, ImportFiles.Recommendation(export, line: 3).Id);
    }

    [Fact]
    public void Should_Make_Stable_Ids_From_State_Session_Recommending_State_And_Normalised_Text()
    {
        var id = StableId.UprInfo("ESP", "21", "PRT", "Act now.");

        Assert.Equal(id, StableId.UprInfo("ESP", "21", "PRT", "  ACT   now "));
        Assert.Equal(id, StableId.UprInfo("ESP", "21", "PRT", "Act now;"));
        Assert.NotEqual(id, StableId.UprInfo("ESP", "22", "PRT", "Act now."));
        Assert.NotEqual(id, StableId.UprInfo("ESP", "21", "URY", "Act now."));
        Assert.NotEqual(id, StableId.UprInfo("FRA", "21", "PRT", "Act now."));
        Assert.Equal("upr-info-", id[..9]);
        Assert.Equal(21, id.Length);
    }

    [Fact]
    public void Should_Keep_The_Id_When_A_Recommending_State_Changes_Its_Name()
    {
        var table = ImportFiles.Table("To,Text,From,Session\nSpain,Act now.,Turkey,35\nSpain,Act now.,Türkiye,35\n");

        var export = ImportFiles.Mapped(UprInfoMapper.Map, table);

        Assert.Equal(export.Rows[0].Recommendation!.Id, export.Rows[1].Recommendation!.Id);
    }

    [Fact]
    public void Should_Report_A_Missing_Required_Column_At_The_Header()
    {
        var diagnostics = new DiagnosticBag();

        var export = UprInfoMapper.Map(ImportFiles.Table("To,Recommendation text\nSpain,Act now\n"), diagnostics);

        Assert.Empty(export.Rows);
        Assert.StartsWith($"{ImportFiles.Path}:1:1: error: the file has no 'Text (or Recommendation)' column", Assert.Single(diagnostics.Items).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Read_The_Same_Rows_From_A_Semicolon_Separated_Copy()
    {
        var semicolons = ImportFiles.Table(Semicolons(ImportFiles.FixtureText("upr-info.csv")));

        var export = ImportFiles.Mapped(UprInfoMapper.Map, semicolons);

        Assert.Equal(Fixture().Rows, export.Rows, SourceRowComparer.Instance);
    }

    [Fact]
    public void Should_Read_The_Same_Rows_From_A_Mac_Roman_Copy_With_CR_Line_Endings()
    {
        var oldMac = ImportFiles.Table(ImportFiles.AsOldMac(ImportFiles.FixtureText("upr-info.csv")));

        var export = ImportFiles.Mapped(UprInfoMapper.Map, oldMac);

        Assert.Equal(Fixture().Rows, export.Rows, SourceRowComparer.Instance);
    }

    [Fact]
    public void Should_Read_The_Same_Rows_From_A_Windows_1252_Copy()
    {
        var windows = ImportFiles.Table(ImportFiles.Windows1252.GetBytes(ImportFiles.FixtureText("upr-info.csv")));

        var export = ImportFiles.Mapped(UprInfoMapper.Map, windows);

        Assert.Equal(Fixture().Rows, export.Rows, SourceRowComparer.Instance);
    }

    /// <summary>The file as a spreadsheet in a decimal-comma locale saves it: semicolons, every cell quoted.</summary>
    internal static string Semicolons(string csv)
    {
        var table = ImportFiles.Table(csv);
        IEnumerable<IReadOnlyList<string>> rows = [table.Columns, .. table.Records.Select(r => r.Cells)];
        return string.Join("\n", rows.Select(cells => string.Join(';', cells.Select(c => "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")))) + "\n";
    }
}
