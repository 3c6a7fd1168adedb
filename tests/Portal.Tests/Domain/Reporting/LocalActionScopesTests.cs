using Portal.Domain.Model;
using Portal.Domain.Reporting;
using Portal.Tests.Support;

namespace Portal.Tests.Domain.Reporting;

/// <summary>The scopes that get a dashboard page and an annex: those with at least one (recommendation, commitment) pair.</summary>
public sealed class LocalActionScopesTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 4);

    [Fact]
    public void Should_List_Each_State_Then_Each_Mechanism_Then_Each_Review_With_Local_Action()
    {
        var model = Model(
            [
                Rec("u4", "ESP", "UPR", cycle: 4), Rec("u3", "ESP", "UPR", cycle: 3), Rec("cedaw", "ESP", "CEDAW", year: "2022-07-01"),
                Rec("kenya", "KEN", "UPR", cycle: 4),
            ],
            ["u4", "u3", "cedaw", "kenya"]);

        var scopes = LocalActionScopes.Of(model);

        Assert.Equal(
            [
                new LocalActionScope("ESP"),
                new LocalActionScope("ESP", "UPR"), new LocalActionScope("ESP", "UPR", 3), new LocalActionScope("ESP", "UPR", 4),
                new LocalActionScope("ESP", "CEDAW"), new LocalActionScope("ESP", "CEDAW", 2022),
                new LocalActionScope("KEN"), new LocalActionScope("KEN", "UPR"), new LocalActionScope("KEN", "UPR", 4),
            ],
            scopes);
    }

    [Fact]
    public void Should_Leave_Out_States_Mechanisms_And_Reviews_No_City_Acts_On()
    {
        var model = Model(
            [Rec("u4", "ESP", "UPR", cycle: 4), Rec("u3", "ESP", "UPR", cycle: 3), Rec("cedaw", "ESP", "CEDAW", year: "2022"), Rec("kenya", "KEN", "UPR", cycle: 4)],
            ["u4"]);

        Assert.Equal([new LocalActionScope("ESP"), new LocalActionScope("ESP", "UPR"), new LocalActionScope("ESP", "UPR", 4)], LocalActionScopes.Of(model));
    }

    [Fact]
    public void Should_Give_Every_Listed_Scope_At_Least_One_Row()
    {
        var model = Model(
            [Rec("u", "ESP", "UPR", cycle: null), Rec("x", "ESP", "upr", cycle: 2), Rec("h", "ESP", "HRC", year: null)],
            ["u", "x", "h"]);

        var scopes = LocalActionScopes.Of(model);

        Assert.All(scopes, scope => Assert.NotEmpty(LocalAction.Rows(model, scope)));
        Assert.Equal(
            [new LocalActionScope("ESP"), new LocalActionScope("ESP", "UPR"), new LocalActionScope("ESP", "UPR", 2), new LocalActionScope("ESP", "HRC")],
            scopes);
    }

    [Fact]
    public void Should_Spell_A_Mechanism_Written_In_Two_Cases_Once()
    {
        var model = Model([Rec("a", "ESP", "UPR", cycle: 2), Rec("b", "ESP", "upr", cycle: 2)], ["a", "b"]);

        Assert.Equal(
            [new LocalActionScope("ESP"), new LocalActionScope("ESP", "UPR"), new LocalActionScope("ESP", "UPR", 2)],
            LocalActionScopes.Of(model));
    }

    private static Recommendation Rec(string id, string country, string mechanism, int? cycle = null, string? year = null) =>
        Make.Recommendation(id, country) with { Mechanism = mechanism, Cycle = cycle, Date = year is null ? null : Make.Date(year) };

    private static PortalModel Model(IReadOnlyList<Recommendation> recommendations, IReadOnlyList<string> actedOn) => PortalModel.Build(
        new PortalData
        {
            Cities = [Make.City("madrid", "ESP")],
            Recommendations = recommendations,
            Commitments = [.. actedOn.Select((id, i) => Make.Commitment($"c{i}", "madrid") with { RecommendationIds = [id] })],
        },
        AsOf);
}
