using Portal.Domain.Reporting;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Domain.Reporting;

/// <summary>The rows of local action for a State: one per (recommendation, commitment) pair of the sample.</summary>
public sealed class LocalActionTests(BuiltSample sample) : IClassFixture<BuiltSample>
{
    [Fact]
    public void Should_Hold_One_Row_Per_Recommendation_And_Commitment_Pair_Of_The_State()
    {
        var model = sample.Model;
        var expected = model.Commitments
            .SelectMany(c => c.RecommendationIds.Distinct().Select(id => (Recommendation: id, Commitment: c.Id)))
            .Where(pair => model.RecommendationById.TryGetValue(pair.Recommendation, out var r) && r.Country == "ESP")
            .ToHashSet();

        var rows = LocalAction.Rows(model, new LocalActionScope("ESP"));

        Assert.NotEmpty(rows);
        Assert.Equal(expected.Count, rows.Count);
        Assert.Equal(expected, rows.Select(r => (r.Recommendation.Id, r.Commitment.Id)).ToHashSet());
    }

    [Fact]
    public void Should_Narrow_To_A_Mechanism_And_Cycle_Whatever_Their_Case()
    {
        var all = LocalAction.Rows(sample.Model, new LocalActionScope("esp"));
        var upr = LocalAction.Rows(sample.Model, new LocalActionScope("ESP", "upr"));

        Assert.All(upr, row => Assert.Equal("UPR", row.Recommendation.Mechanism));
        Assert.Equal(all.Count(r => r.Recommendation.Mechanism == "UPR"), upr.Count);
        var cycle = upr.Select(r => r.Recommendation.Cycle).First(c => c is not null);
        Assert.All(LocalAction.Rows(sample.Model, new LocalActionScope("ESP", "UPR", cycle)), row => Assert.Equal(cycle, row.Recommendation.Cycle));
    }

    [Fact]
    public void Should_Give_The_Same_Order_In_Every_Call()
    {
        var first = LocalAction.Rows(sample.Model, new LocalActionScope("ESP"));
        var second = LocalAction.Rows(sample.Model, new LocalActionScope("ESP"));

        Assert.Equal(first.Select(r => (r.Recommendation.Id, r.Commitment.Id)), second.Select(r => (r.Recommendation.Id, r.Commitment.Id)));
    }

    [Fact]
    public void Should_Give_Every_State_At_Once_The_Rows_And_Order_It_Gives_One_State()
    {
        var byState = LocalAction.ByState(sample.Model);

        Assert.Equal(["BRA", "ESP", "KEN"], byState.Keys.Where(k => k is "BRA" or "ESP" or "KEN"));
        foreach (var (state, rows) in byState)
        {
            Assert.Equal(
                LocalAction.Rows(sample.Model, new LocalActionScope(state)).Select(r => (r.Recommendation.Id, r.Commitment.Id)),
                rows.Select(r => (r.Recommendation.Id, r.Commitment.Id)));
        }
    }
}
