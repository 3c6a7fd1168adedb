using Portal.Domain.Changes;
using Portal.Domain.Model;
using Portal.Tests.Support;

namespace Portal.Tests.Domain.Changes;

public sealed class ModelChangesTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 30);
    private static readonly City Barcelona = Make.City("barcelona", "ESP");
    private static readonly City Lisboa = Make.City("lisboa", "PRT", line: 3);
    private static readonly Recommendation ForSpain = Make.Recommendation("R1", "ESP");
    private static readonly Recommendation ForPortugal = Make.Recommendation("R2", "PRT", line: 3);

    [Fact]
    public void Should_Reach_Nothing_When_Nothing_Changed()
    {
        var changes = ModelChanges.Between(Model(Make.Commitment()), Model(Make.Commitment()));

        Assert.False(changes.ReachesEveryPage);
        Assert.Empty(changes.Records);
    }

    [Fact]
    public void Should_Reach_The_Commitment_Its_City_And_Its_Country_When_Its_Title_Changes()
    {
        var changes = ModelChanges.Between(Model(Make.Commitment()), Model(Make.Commitment() with { Title = "Another title" }));

        Assert.Equal(["city:barcelona", "commitment:c1", "country:ESP"], changes.Records.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_Reach_Both_Cities_And_Countries_When_A_Commitment_Moves()
    {
        var changes = ModelChanges.Between(Model(Make.Commitment()), Model(Make.Commitment(city: "lisboa")));

        Assert.Superset(new HashSet<string> { "city:barcelona", "city:lisboa", "country:ESP", "country:PRT" }, new HashSet<string>(changes.Records));
        Assert.Equal(["city:barcelona", "city:lisboa", "commitment:c1", "country:ESP", "country:PRT"], changes.Records.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_Reach_The_Recommendations_A_Commitment_Stops_And_Starts_Answering()
    {
        var before = Make.Commitment() with { RecommendationIds = ["R1"] };
        var after = Make.Commitment() with { RecommendationIds = ["R2"] };

        var changes = ModelChanges.Between(Model(before), Model(after));

        Assert.Superset(new HashSet<string> { "recommendation:R1", "recommendation:R2", "country:PRT" }, new HashSet<string>(changes.Records));
        Assert.Equal(
            ["city:barcelona", "commitment:c1", "country:ESP", "country:PRT", "recommendation:R1", "recommendation:R2"],
            changes.Records.Order(StringComparer.Ordinal));
    }

    /// <summary>Every list a commitment holds, with two items for it; the recommendations are two the model has.</summary>
    public static TheoryData<string, string, string> Lists => new()
    {
        { nameof(Commitment.RecommendationIds), "R1", "R2" },
        { nameof(Commitment.FrameworkIds), "e1", "e2" },
        { nameof(Commitment.Themes), "housing", "water" },
        { nameof(Commitment.Sdgs), "6.1", "11.1" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void Should_Compare_Lists_By_Their_Items_Not_By_Reference(string list, string first, string second)
    {
        var before = WithList(list, [first, second]);
        var after = WithList(list, [first, second]);

        Assert.Empty(ModelChanges.Between(Model(before), Model(after)).Records);
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void Should_Reach_The_Commitment_When_A_List_Holds_Another_Item(string list, string first, string second)
    {
        var changes = ModelChanges.Between(Model(WithList(list, [first])), Model(WithList(list, [second])));

        Assert.Contains("commitment:c1", changes.Records);
        var answered = list == nameof(Commitment.RecommendationIds) ? new[] { "country:PRT", "recommendation:R1", "recommendation:R2" } : [];
        Assert.Equal(["city:barcelona", "commitment:c1", "country:ESP", .. answered], changes.Records.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_Reach_A_Commitment_Whose_Progress_Reports_Changed()
    {
        var before = Model([Make.Commitment()], [Make.Progress("2024-01-31")]);
        var after = Model([Make.Commitment()], [Make.Progress("2024-01-31") with { Note = "Office opened." }]);

        var changes = ModelChanges.Between(before, after);

        Assert.Contains("commitment:c1", changes.Records);
        Assert.Equal(["city:barcelona", "commitment:c1", "country:ESP"], changes.Records.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_Reach_Every_Page_When_The_Latest_Update_Moves()
    {
        var before = Model([Make.Commitment()], [Make.Progress("2024-01-31")]);
        var after = Model([Make.Commitment()], [Make.Progress("2024-01-31"), Make.Progress("2025-03-31", line: 3)]);

        Assert.True(ModelChanges.Between(before, after).ReachesEveryPage);
    }

    [Fact]
    public void Should_Reach_A_Removed_Commitment_And_Its_City()
    {
        var changes = ModelChanges.Between(Model(Make.Commitment(), Make.Commitment("c2", line: 3)), Model(Make.Commitment()));

        Assert.Contains("commitment:c2", changes.Records);
        Assert.Contains("city:barcelona", changes.Records);
        Assert.Equal(["city:barcelona", "commitment:c2", "country:ESP"], changes.Records.Order(StringComparer.Ordinal));
    }

    private static Commitment WithList(string list, IReadOnlyList<string> items) => list switch
    {
        nameof(Commitment.RecommendationIds) => Make.Commitment() with { RecommendationIds = items },
        nameof(Commitment.FrameworkIds) => Make.Commitment() with { FrameworkIds = items },
        nameof(Commitment.Themes) => Make.Commitment() with { Themes = items },
        nameof(Commitment.Sdgs) => Make.Commitment() with { Sdgs = items },
        _ => throw new ArgumentOutOfRangeException(nameof(list), list, "not a list of a commitment"),
    };

    private static PortalModel Model(params Commitment[] commitments) => Model(commitments, []);

    private static PortalModel Model(IReadOnlyList<Commitment> commitments, IReadOnlyList<ProgressReport> progress) => PortalModel.Build(
        new PortalData
        {
            Cities = [Barcelona, Lisboa],
            Recommendations = [ForSpain, ForPortugal],
            Commitments = commitments,
            Progress = progress,
        },
        AsOf);
}
