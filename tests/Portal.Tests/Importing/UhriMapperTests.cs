using Portal.Domain.Diagnostics;
using Portal.Importing.Mapping;
using Portal.Importing.Mapping.Uhri;
using Portal.Importing.Reading.Tables;
using Portal.Importing.Reading.Uhri;
using Portal.Tests.Importing.Support;

namespace Portal.Tests.Importing;

/// <summary>UHRI exports in XLSX, CSV and JSON, with OHCHR's column titles and cell layouts.</summary>
public sealed class UhriMapperTests
{
    private static readonly string[] Header =
    [
        "Text", "Countries Concerned", "Reccomending Body", "Document Symbol", "Themes", "Affected Persons", "Sdgs",
        "Document Publication Date", "UPR Reccomending States", "UPR Position", "Type", "OHCHR Annotation Id", "UPR Session",
        "Regions Concerned", "Recommending Regions", "Date of publication on UHRI",
    ];

    [Fact]
    public void Should_Map_A_UPR_Recommendation_From_A_Workbook()
    {
        var export = MapWorkbook(
        [
            "150.12 Strengthen municipal shelters (Portugal);\nSource of Position: A/HRC/44/7/Add.1 - Para.3", "Spain", "UPR", "A/HRC/44/7",
            "- Right to adequate housing\n- Poverty", "- Persons living in poverty",
            "- 1.3 - Implement nationally appropriate social protection systems\n- 11.1 - Ensure access for all to adequate housing",
            43854.0, "Portugal", "Supported", "Recommendation", "ab12", 35.0, "WEOG", "WEOG", 43891.0,
        ]);

        var recommendation = ImportFiles.Recommendation(export, line: 2);
        Assert.Equal("uhri-ab12", recommendation.Id);
        Assert.Equal("Strengthen municipal shelters (Portugal);", recommendation.Text);
        Assert.Equal("150.12", recommendation.Paragraph);
        Assert.Equal("ESP", recommendation.Country);
        Assert.Equal("UPR", recommendation.Mechanism);
        Assert.Equal("A/HRC/44/7", recommendation.Symbol);
        Assert.Equal("2020-01-24", recommendation.Date);
        Assert.Equal("35", recommendation.Session);
        Assert.Equal(3, recommendation.Cycle);
        Assert.Equal("Portugal", recommendation.RecommendingState);
        Assert.Equal("supported", recommendation.Response);
        Assert.Equal(["Right to adequate housing", "Poverty"], recommendation.Themes);
        Assert.Equal(["Persons living in poverty"], recommendation.AffectedPersons);
        Assert.Equal(["1.3", "11.1"], recommendation.Sdgs);
        Assert.Empty(export.Unmapped.Sorted());
    }

    [Fact]
    public void Should_Accept_The_Corrected_Spelling_Of_Recommending()
    {
        var table = ImportFiles.Table(
            "Text,Countries Concerned,Recommending Body,UPR Recommending States,UPR Position,OHCHR Annotation Id\n"
            + "Act now.,Spain,UPR,Portugal,Noted,x1\n");

        var recommendation = ImportFiles.Recommendation(ImportFiles.Mapped(UhriMapper.Map, table), line: 2);

        Assert.Equal("UPR", recommendation.Mechanism);
        Assert.Equal("Portugal", recommendation.RecommendingState);
        Assert.Equal("noted", recommendation.Response);
    }

    [Fact]
    public void Should_Map_The_CSV_Fixture_Treaty_Bodies_Special_Procedures_And_Skips()
    {
        var export = ImportFiles.Mapped(UhriMapper.Map, ImportFiles.Table(ImportFiles.FixtureText("uhri.csv")));

        var treatyBody = ImportFiles.Recommendation(export, line: 6);
        Assert.Equal(("CRC", "KEN", "2022-06-24", (int?)null), (treatyBody.Mechanism, treatyBody.Country, treatyBody.Date, treatyBody.Cycle));
        Assert.Equal(["4.5"], treatyBody.Sdgs);

        var specialProcedure = export.Rows.Where(r => r.Line == 7).Select(r => r.Recommendation!).ToList();
        Assert.Equal(["uhri-test-0003-ken", "uhri-test-0003-tza"], specialProcedure.Select(r => r.Id));
        Assert.All(specialProcedure, r => Assert.Equal(("SP", "2022-09-01"), (r.Mechanism, r.Date)));
        Assert.Equal(["Right to water & sanitation"], specialProcedure[0].Themes);

        Assert.Equal(SkipReason.UnknownCountry, Assert.Single(export.Rows, r => r.Line == 9).Skip);
        Assert.Equal(SkipReason.NoText, Assert.Single(export.Rows, r => r.Line == 10).Skip);
        Assert.Equal(9, export.RowsRead);
    }

    [Fact]
    public void Should_Import_Only_Recommendations_And_Skip_Other_Annotation_Types_Under_Their_Type()
    {
        var export = ImportFiles.Mapped(UhriMapper.Map, ImportFiles.Table(ImportFiles.FixtureText("uhri.csv")));

        var others = export.Rows.Where(r => r.Skip == SkipReason.NotARecommendation).ToList();
        Assert.Equal([11, 12], others.Select(r => r.Line));
        Assert.All(others, r => Assert.Equal("Concerns/Observations", r.Detail));
        Assert.DoesNotContain(export.Rows, r => r.Recommendation?.Id is "uhri-test-0006" or "uhri-test-0007");
    }

    [Theory]
    [InlineData("Recommendation", null)]
    [InlineData("- Recommendations", null)]
    [InlineData("", null)]
    [InlineData("- Concerns/Observations", "Concerns/Observations")]
    [InlineData("Positive aspects", "Positive aspects")]
    [InlineData("- Concerns/Observations\n- Recommendation", null)]
    public void Should_Tell_A_Recommendation_From_Other_Annotation_Types(string type, string? otherKind)
    {
        Assert.Equal(otherKind, UhriAnnotationType.OtherKind(type));
    }

    [Fact]
    public void Should_Take_A_Treaty_Body_Paragraph_Number_Out_Of_The_Text()
    {
        var export = ImportFiles.Mapped(UhriMapper.Map, ImportFiles.Table(ImportFiles.FixtureText("uhri.csv")));

        var recommendation = ImportFiles.Recommendation(export, line: 13);
        Assert.Equal(("CESCR", "KEN", "78"), (recommendation.Mechanism, recommendation.Country, recommendation.Paragraph));
        Assert.StartsWith("The Committee recommends", recommendation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Map_An_Abbreviated_Special_Rapporteur_To_SP_And_Keep_The_Mandate()
    {
        var export = ImportFiles.Mapped(UhriMapper.Map, ImportFiles.Table(ImportFiles.FixtureText("uhri.csv")));

        var recommendation = ImportFiles.Recommendation(export, line: 14);
        Assert.Equal(("SP", "Special Rapporteur on the right to adequate housing"), (recommendation.Mechanism, recommendation.Body));
        Assert.Equal(("79(a)", "Guarantee security of tenure to the residents of informal settlements."), (recommendation.Paragraph, recommendation.Text));
        Assert.DoesNotContain(export.Unmapped.Sorted(), v => v.Field == "recommending body");
    }

    [Theory]
    [InlineData("SR on the right to adequate housing", "Special Rapporteur on the right to adequate housing")]
    [InlineData("IE on the enjoyment of all human rights by older persons", "Independent Expert on the enjoyment of all human rights by older persons")]
    [InlineData("WG on Arbitrary Detention", "Working Group on Arbitrary Detention")]
    [InlineData("SR", "Special Rapporteur")]
    [InlineData("Special Rapporteur on the human rights to safe drinking water and sanitation", "Special Rapporteur on the human rights to safe drinking water and sanitation")]
    public void Should_Spell_Out_A_Special_Procedure_And_Keep_Its_Mandate(string body, string mandate)
    {
        Assert.Equal("SP", MechanismNames.Find(body));
        Assert.Equal(mandate, SpecialProcedureMandate.Of(body));
    }

    [Theory]
    [InlineData("CRC")]
    [InlineData("Srebrenica Commission")]
    [InlineData("Special procedures")]
    public void Should_Find_No_Mandate_In_Other_Bodies(string body)
    {
        Assert.Null(SpecialProcedureMandate.Of(body));
    }

    [Fact]
    public void Should_Read_The_JSON_Export_With_Its_HTML_Text_As_Plain_Text()
    {
        var diagnostics = new DiagnosticBag();
        var table = UhriJsonReader.Read("uhri.json", ImportFiles.FixtureText("uhri.json"), diagnostics);
        Assert.NotNull(table);

        var export = UhriMapper.Map(table, diagnostics);

        Assert.Empty(diagnostics.Items);
        var upr = ImportFiles.Recommendation(export, line: 1);
        Assert.Equal("uhri-test-0101", upr.Id);
        Assert.Equal("Ensure that evictions respect due process and offer alternative housing (Uruguay);", upr.Text);
        Assert.Equal("150.13", upr.Paragraph);
        Assert.Equal(("ESP", "UPR", "2020-01-24", 3, "35"), (upr.Country, upr.Mechanism, upr.Date, upr.Cycle, upr.Session));
        Assert.Equal(("Uruguay", "noted"), (upr.RecommendingState, upr.Response));
        Assert.Equal(["Right to adequate housing", "Administration of justice & fair trial"], upr.Themes);
        Assert.Equal(["11.1"], upr.Sdgs);

        var cedaw = ImportFiles.Recommendation(export, line: 2);
        Assert.Equal(("BRA", "CEDAW", "Expand the network of women’s shelters to every municipality."), (cedaw.Country, cedaw.Mechanism, cedaw.Text));
        Assert.Null(cedaw.Response);
        Assert.Null(cedaw.Cycle);
    }

    [Theory]
    [InlineData("150.12 Act now (Portugal);\nSource of Position: A/HRC/44/7/Add.1 - Para.3", "Act now (Portugal);", "150.12")]
    [InlineData("150.12 Act now (Portugal); Source of position: A/HRC/44/7/Add.1", "Act now (Portugal);", "150.12")]
    [InlineData("25. Act now on 2.5 million homes.", "Act now on 2.5 million homes.", "25")]
    [InlineData("78. The Committee recommends that the State party act.", "The Committee recommends that the State party act.", "78")]
    [InlineData("78.The Committee recommends that the State party act.", "The Committee recommends that the State party act.", "78")]
    [InlineData("78 (a) Ensure that evictions respect due process;", "Ensure that evictions respect due process;", "78(a)")]
    [InlineData("78(b). Ensure that evictions respect due process;", "Ensure that evictions respect due process;", "78(b)")]
    [InlineData("2030 Agenda targets must guide the plan.", "2030 Agenda targets must guide the plan.", null)]
    [InlineData("Act now.", "Act now.", null)]
    public void Should_Take_The_Paragraph_Number_And_The_Source_Of_Position_Out_Of_The_Text(string cell, string text, string? paragraph)
    {
        Assert.Equal((text, paragraph), UhriText.Split(cell));
    }

    [Fact]
    public void Should_Report_Invalid_JSON_At_Its_Line_And_Column()
    {
        var diagnostics = new DiagnosticBag();

        var table = UhriJsonReader.Read("uhri.json", "[\n  { \"Text\": \"Act\" },\n  { \"Text\": oops }\n]", diagnostics);

        Assert.Null(table);
        Assert.StartsWith("uhri.json:3:13: error: the file is not valid JSON", Assert.Single(diagnostics.Items).ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>First paragraph.</p><p>Second&nbsp;one &amp; more.</p>", "First paragraph.\nSecond one & more.")]
    [InlineData("Line one<br>line <b>two</b>", "Line one\nline two")]
    [InlineData("<ul><li>a</li><li>b</li></ul>", "a\nb")]
    [InlineData("no markup", "no markup")]
    [InlineData("<script>alert(1)</script>Safe", "Safe")]
    public void Should_Turn_HTML_Into_Plain_Text(string html, string expected)
    {
        Assert.Equal(expected, HtmlText.ToPlainText(html));
    }

    [Fact]
    public void Should_Report_Values_It_Cannot_Map()
    {
        var table = ImportFiles.Table(
            "Text,Countries Concerned,Reccomending Body,Sdgs,Document Publication Date,UPR Position,OHCHR Annotation Id\n"
            + "Act now.,\"- Spain\n- Atlantis\",Regional Commission,\"- 18 - Nonsense\",sometime,Maybe,x1\n");

        var export = ImportFiles.Mapped(UhriMapper.Map, table);

        var recommendation = ImportFiles.Recommendation(export, line: 2);
        Assert.Equal(("ESP", "Regional Commission"), (recommendation.Country, recommendation.Mechanism));
        Assert.Equal(
            ["SDG '18 - Nonsense'", "UPR position 'Maybe'", "country concerned 'Atlantis'", "document publication date 'sometime'", "recommending body 'Regional Commission'"],
            export.Unmapped.Sorted().Select(v => $"{v.Field} '{v.Value}'").Order(StringComparer.Ordinal));
    }

    private static MappedExport MapWorkbook(object?[] row)
    {
        var bytes = XlsxWorkbook.Write([[.. Header], row]);
        var diagnostics = new DiagnosticBag();
        var table = XlsxExportReader.Read("uhri.xlsx", bytes, diagnostics);
        Assert.NotNull(table);
        var export = UhriMapper.Map(table, diagnostics);
        Assert.Empty(diagnostics.Items);
        return export;
    }
}
