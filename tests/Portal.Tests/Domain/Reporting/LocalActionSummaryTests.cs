using Portal.Domain.Methodology;
using Portal.Domain.Model;
using Portal.Domain.Reporting;
using Portal.Tests.Support;

namespace Portal.Tests.Domain.Reporting;

/// <summary>The counts of a dashboard: recommendations, those with local action, and the verdicts of the local action.</summary>
public sealed class LocalActionSummaryTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 4);

    private static readonly Recommendation UprFour = Rec("u4a", "UPR", cycle: 4, "housing", "water");
    private static readonly Recommendation UprFourOther = Rec("u4b", "UPR", cycle: 4, "housing");
    private static readonly Recommendation UprThree = Rec("u3", "UPR", cycle: 3);
    private static readonly Recommendation Cedaw = Rec("cedaw", "CEDAW", cycle: null, "gender") with { Date = Make.Date("2022-07-01") };

    [Fact]
    public void Should_Count_Recommendations_And_Those_With_Local_Action_By_Mechanism_And_Review()
    {
        var summary = Summary([Commitment("achieved", CommitmentStatus.Achieved, UprFour), Commitment("gone", CommitmentStatus.Abandoned, Cedaw)]);

        Assert.Equal((4, 2), (summary.Total.Recommendations, summary.Total.WithLocalAction));
        Assert.Equal(
            [("UPR", 3, 1), ("CEDAW", 1, 1)],
            summary.ByMechanism.Select(m => (m.Mechanism, m.Tally.Recommendations, m.Tally.WithLocalAction)));
        Assert.Equal(
            [("UPR", (int?)3, 1, 0), ("UPR", 4, 2, 1), ("CEDAW", 2022, 1, 1)],
            summary.ByReview.Select(r => (r.Mechanism, r.Cycle, r.Tally.Recommendations, r.Tally.WithLocalAction)));
    }

    [Fact]
    public void Should_Count_Verdicts_Once_Per_Recommendation_And_Commitment_Pair()
    {
        var summary = Summary(
        [
            Commitment("both", CommitmentStatus.Achieved, UprFour, UprFourOther),
            Commitment("late", CommitmentStatus.Planned, UprFour) with { Due = Make.Date("2025-06") },
        ]);

        Assert.Equal(3, summary.Total.Pairs);
        Assert.Equal(2, summary.Total.Count(Verdict.Achieved));
        Assert.Equal(1, summary.Total.Count(Verdict.Overdue));
        Assert.Equal(2, summary.Total.WithLocalAction);
    }

    [Fact]
    public void Should_Give_Every_Verdict_A_Count_So_That_They_Add_Up_To_The_Pairs()
    {
        var summary = Summary([Commitment("achieved", CommitmentStatus.Achieved, UprFour), Commitment("gone", CommitmentStatus.Abandoned, UprThree)]);

        Assert.All(
            summary.ByReview.Select(r => r.Tally).Append(summary.Total),
            tally =>
            {
                Assert.Equal(Enum.GetValues<Verdict>(), tally.Verdicts.Select(v => v.Verdict));
                Assert.Equal(tally.Pairs, tally.Verdicts.Sum(v => v.Count));
            });
        Assert.Equal(0, summary.Total.Count(Verdict.Behind));
        Assert.Equal(1, summary.Total.Count(Verdict.Abandoned));
    }

    [Fact]
    public void Should_Count_A_Recommendation_Under_Each_Of_Its_Themes_And_One_Without_Under_No_Theme_Last()
    {
        var summary = Summary([Commitment("achieved", CommitmentStatus.Achieved, UprFour)]);

        Assert.Equal(
            [("gender", 1, 0), ("housing", 2, 1), ("water", 1, 1), (null, 1, 0)],
            summary.ByTheme.Select(t => (t.Theme, t.Tally.Recommendations, t.Tally.WithLocalAction)));
    }

    [Fact]
    public void Should_Add_Mechanisms_And_Reviews_Up_To_The_Total()
    {
        var summary = Summary([Commitment("achieved", CommitmentStatus.Achieved, UprFour, Cedaw), Commitment("gone", CommitmentStatus.Abandoned, UprThree)]);

        Assert.Equal(summary.Total.Recommendations, summary.ByMechanism.Sum(m => m.Tally.Recommendations));
        Assert.Equal(summary.Total.Recommendations, summary.ByReview.Sum(r => r.Tally.Recommendations));
        Assert.Equal(summary.Total.Pairs, summary.ByReview.Sum(r => r.Tally.Pairs));
        Assert.Equal(summary.Total.WithLocalAction, summary.ByMechanism.Sum(m => m.Tally.WithLocalAction));
    }

    private static Recommendation Rec(string id, string mechanism, int? cycle, params string[] themes) =>
        Make.Recommendation(id) with { Mechanism = mechanism, Cycle = cycle, Themes = themes };

    private static Commitment Commitment(string id, CommitmentStatus status, params Recommendation[] recommendations) =>
        Make.Commitment(id, "madrid") with { Status = status, RecommendationIds = [.. recommendations.Select(r => r.Id)] };

    private static LocalActionSummary Summary(IReadOnlyList<Commitment> commitments)
    {
        var model = PortalModel.Build(
            new PortalData
            {
                Cities = [Make.City("madrid")],
                Recommendations = [UprFour, UprFourOther, UprThree, Cedaw],
                Commitments = commitments,
            },
            AsOf);
        return LocalActionSummary.Of(model, LocalAction.Recommendations(model, new LocalActionScope("ESP")));
    }
}
