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
        Assert.Equal("Portugal, Chile", recommendation.RecommendingState);
        Assert.Equal("supported", recommendation.Response);
        Assert.Equal(["national human rights institution", "participation"], recommendation.Themes);
        Assert.Equal(["Civil society"], recommendation.AffectedPersons);
        Assert.Equal(["16.6"], recommendation.Sdgs);
    }

    [Fact]
    public void Should_Map_A_Treaty_Body_By_Its_Short_Title_And_Give_It_No_Cycle()
    {
        var recommendation = ImportFiles.Recommendation(Fixture(), line: 5);

        Assert.Equal(("CRPD", "supported-in-part", (int?)null), (recommendation.Mechanism, recommendation.Response, recommendation.Cycle));
        Assert.Equal(["persons with disabilities"], recommendation.AffectedPersons.Select(p => p.ToLowerInvariant()));
    }

    [Fact]
    public void Should_Skip_Drafts_So_An_Import_Publishes_Nothing_Unpublished()
    {
        Assert.Equal(SkipReason.NotPublic, Assert.Single(Fixture().Rows, r => r.Line == 6).Skip);
    }

    [Fact]
    public void Should_Keep_An_Unknown_Body_As_Written_And_Report_An_Unknown_Support_Level()
    {
        var export = Fixture();

        Assert.Equal("Lunar Council", ImportFiles.Recommendation(export, line: 7).Mechanism);
        Assert.Null(ImportFiles.Recommendation(export, line: 7).Response);
        Assert.Contains(export.Unmapped.Sorted(), v => v is { Field: "support level", Value: "maybe" });
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
