using Portal.Domain.Diagnostics;
using Portal.Importing.Mapping;
using Portal.Importing.Mapping.ImpactOss;
using Portal.Tests.Importing.Support;

namespace Portal.Tests.Importing;

/// <summary>IMPACT OSS's list export: attribute columns, one column per taxonomy, "Title [short]" categories.</summary>
public sealed class ImpactOssMapperTests
{
    private static MappedExport Fixture(string? state = "ESP") =>
        ImportFiles.Mapped((table, diagnostics) => ImpactOssMapper.Map(table, state, diagnostics), ImportFiles.Table(ImportFiles.FixtureText("impact-oss.csv")));

    [Fact]
    public void Should_Map_The_Taxonomies_And_The_Support_Level()
    {
        var recommendation = ImportFiles.Recommendation(Fixture(), line: 2);

        Assert.Equal("impact-oss-101", recommendation.Id);
        Assert.Equal("Strengthen the national mechanism for reporting and follow-up, and give it a budget of its own.", recommendation.Text);
        Assert.Equal(("ESP", "UPR", "98.12", 3), (recommendation.Country, recommendation.Mechanism, recommendation.Paragraph, recommendation.Cycle));
        Assert.Equal("Portugal", recommendation.RecommendingState);
        Assert.Equal("supported", recommendation.Response);
        Assert.Equal(["National human rights framework", "Right to participation in public affairs and right to vote"], recommendation.Themes);
        Assert.Equal(["Public officials"], recommendation.AffectedPersons);
        Assert.Equal(["16.6"], recommendation.Sdgs);
    }

    [Fact]
    public void Should_Count_An_Empty_Support_Level_As_Unknown_And_Never_Guess_It()
    {
        var export = Fixture();

        Assert.Null(ImportFiles.Recommendation(export, line: 6).Response);
        var unknown = Assert.Single(export.Unmapped.Sorted(), v => v.Field == "support level");
        Assert.Equal(("(empty)", 6, 1), (unknown.Value, unknown.FirstLine, unknown.Count));
    }

    [Fact]
    public void Should_Map_A_Body_Named_By_Its_Covenant_And_Take_The_Paragraph_From_The_Text()
    {
        var recommendation = ImportFiles.Recommendation(Fixture(), line: 6);

        Assert.Equal(("CCPR", "78"), (recommendation.Mechanism, recommendation.Paragraph));
        Assert.Equal("The Committee recommends that the State party prohibit corporal punishment of children in all settings.", recommendation.Text);
    }

    [Theory]
    [InlineData("International Covenant on Civil and Political Rights [ICCPR]", "CCPR")]
    [InlineData("International Covenant on Economic Social and Cultural Rights [ICESCR]", "CESCR")]
    [InlineData("Committee for the Elimination of All Forms of Racial Discrimination [CERD]", "CERD")]
    [InlineData("International Convention on the Elimination of All Forms of Racial Discrimination [ICERD]", "CERD")]
    [InlineData("Committee for the Elimination of All Forms of Discrimination Against Women [CEDAW]", "CEDAW")]
    [InlineData("Committee Against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment [CAT]", "CAT")]
    [InlineData("Convention on the Rights of the Child [CRC]", "CRC")]
    [InlineData("Convention on the Rights of Persons with Disabilities [CRPD]", "CRPD")]
    [InlineData("International Convention on the Protection of the Rights of All Migrant Workers [ICRMW]", "CMW")]
    [InlineData("International Convention for the Protection of All Persons from Enforced Disappearance [ICPPED]", "CED")]
    [InlineData("International Covenant on Civil and Political Rights", "CCPR")]
    [InlineData("Human rights council (UPR) [UPR]", "UPR")]
    public void Should_Map_A_Body_Named_By_Its_Treaty_To_The_Committee_That_Monitors_It(string body, string mechanism)
    {
        var table = ImportFiles.Table($"id,title,human_rights_bodies\n7,Act now,\"{body}\"\n");

        var recommendation = ImportFiles.Recommendation(ImportFiles.Mapped((t, d) => ImpactOssMapper.Map(t, "ESP", d), table), line: 2);

        Assert.Equal(mechanism, recommendation.Mechanism);
    }

    [Theory]
    [InlineData("Universal Periodic Review 2008 [UPR-2008]", 1)]
    [InlineData("Universal Periodic Review 2011 [UPR-2011]", 1)]
    [InlineData("Universal Periodic Review 2012 [UPR-2012]", 2)]
    [InlineData("Universal Periodic Review 2016 [UPR-2016]", 2)]
    [InlineData("Universal Periodic Review 2017 [UPR-2017]", 3)]
    [InlineData("Universal Periodic Review 2021 [UPR-2021]", 3)]
    [InlineData("Universal Periodic Review 2023 [UPR-2023]", 4)]
    [InlineData("Universal Periodic Review 2024 [UPR-2024]", 4)]
    [InlineData("Third cycle [3]", 3)]
    public void Should_Map_A_Cycle_Named_By_Its_Year_To_Its_UPR_Cycle(string cycle, int expected)
    {
        var table = ImportFiles.Table($"id,title,human_rights_bodies,reporting_cycles\n7,Act now,Human rights council (UPR) [UPR],\"{cycle}\"\n");

        var recommendation = ImportFiles.Recommendation(ImportFiles.Mapped((t, d) => ImpactOssMapper.Map(t, "ESP", d), table), line: 2);

        Assert.Equal(expected, recommendation.Cycle);
    }

    [Fact]
    public void Should_Leave_The_Cycle_Of_A_Year_Of_Two_Cycles_Empty_And_Report_It()
    {
        var export = Fixture();

        Assert.Null(ImportFiles.Recommendation(export, line: 8).Cycle);
        Assert.Contains(export.Unmapped.Sorted(), v => v is { Field: "cycle", Value: "Universal Periodic Review 2022", FirstLine: 8 });
    }

    [Theory]
    [InlineData(2007, null)]
    [InlineData(2022, null)]
    [InlineData(2027, null)]
    [InlineData(2012, 2)]
    public void Should_Give_No_Cycle_For_A_Year_Of_Two_Cycles_Or_None(int year, int? cycle)
    {
        Assert.Equal(cycle, UprCycle.FromYear(year));
    }

    [Fact]
    public void Should_Map_A_Treaty_Body_By_Its_Short_Title_And_Give_It_No_Cycle()
    {
        var recommendation = ImportFiles.Recommendation(Fixture(), line: 4);

        Assert.Equal(("CRPD", "supported-in-part", (int?)null), (recommendation.Mechanism, recommendation.Response, recommendation.Cycle));
        Assert.Equal(["persons with disabilities"], recommendation.AffectedPersons.Select(p => p.ToLowerInvariant()));
    }

    [Fact]
    public void Should_Skip_Drafts_So_An_Import_Publishes_Nothing_Unpublished()
    {
        Assert.Equal(SkipReason.NotPublic, Assert.Single(Fixture().Rows, r => r.Line == 5).Skip);
    }

    [Fact]
    public void Should_Keep_An_Unknown_Body_As_Written_And_Report_An_Unknown_Support_Level()
    {
        var export = Fixture();
        var table = ImportFiles.Table("id,title,human_rights_bodies,support_level\n7,Act now,Universal Periodic Review [UPR],maybe\n");
        var unknownLevel = ImportFiles.Mapped((t, d) => ImpactOssMapper.Map(t, "ESP", d), table);

        Assert.Equal("Lunar Council", ImportFiles.Recommendation(export, line: 7).Mechanism);
        Assert.Null(ImportFiles.Recommendation(unknownLevel, line: 2).Response);
        Assert.Contains(unknownLevel.Unmapped.Sorted(), v => v is { Field: "support level", Value: "maybe" });
        Assert.Contains(export.Unmapped.Sorted(), v => v is { Field: "human rights body", Value: "Lunar Council", Outcome: "kept as written" });
    }

    [Fact]
    public void Should_Take_The_State_From_A_Country_Column_When_There_Is_One()
    {
        var table = ImportFiles.Table("id,title,Country,Human rights bodies\n7,Act now,Kenya,Committee against Torture [CAT]\n");

        Assert.True(ImpactOssMapper.NamesItsState(table));
        var recommendation = ImportFiles.Recommendation(ImportFiles.Mapped((t, d) => ImpactOssMapper.Map(t, null, d), table), line: 2);
        Assert.Equal(("KEN", "CAT"), (recommendation.Country, recommendation.Mechanism));
    }

    [Theory]
    [InlineData("human_rights_bodies")]
    [InlineData("Human rights bodies [HRB]")]
    [InlineData("Human rights body")]
    public void Should_Find_A_Taxonomy_Column_Whatever_The_Installation_Calls_It(string title)
    {
        var table = ImportFiles.Table($"id,title,{title}\n7,Act now,Universal Periodic Review [UPR]\n");

        var recommendation = ImportFiles.Recommendation(ImportFiles.Mapped((t, d) => ImpactOssMapper.Map(t, "ESP", d), table), line: 2);

        Assert.Equal("UPR", recommendation.Mechanism);
    }

    [Fact]
    public void Should_Split_A_Category_Into_Title_And_Short_Title()
    {
        Assert.Equal(new TaxonomyValue("Committee on the Rights of the Child", "CRC"), TaxonomyValue.Parse("Committee on the Rights of the Child [CRC]"));
        Assert.Equal(new TaxonomyValue("Poverty", null), TaxonomyValue.Parse("Poverty"));
    }

    [Fact]
    public void Should_Report_A_Missing_Id_Column()
    {
        var diagnostics = new DiagnosticBag();

        ImpactOssMapper.Map(ImportFiles.Table("title\nAct now\n"), "ESP", diagnostics);

        Assert.Contains("no 'id' column", Assert.Single(diagnostics.Items).Message, StringComparison.Ordinal);
    }
}
