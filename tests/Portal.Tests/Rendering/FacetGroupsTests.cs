using Portal.Rendering.Listings;

namespace Portal.Tests.Rendering;

public sealed class FacetGroupsTests
{
    [Fact]
    public void Should_Sort_Values_As_The_Model_Sorts_Names_With_Accented_Letters_Beside_Plain_Ones()
    {
        var groups = FacetGroups.Of(["Zaragoza", "Évry", "Bilbao"], city => [new FacetValue(city.ToLowerInvariant(), city, city)]);

        Assert.Equal(["Bilbao", "Évry", "Zaragoza"], groups.Select(g => g.Value.Label));
    }

    [Fact]
    public void Should_Give_Distinct_Labels_That_Make_The_Same_Slug_Distinct_Slugs()
    {
        var themes = new[] { "住房", "Вода", "Здоровье", "Housing" };

        var groups = FacetGroups.Of(themes, theme => [FacetValues.Word(theme)]);

        Assert.Equal(4, groups.Count);
        Assert.Equal(groups.Count, groups.Select(g => g.Value.Slug).Distinct(StringComparer.Ordinal).Count());
        Assert.All(groups, g => Assert.Equal([g.Value.Label], g.Items));
    }

    [Fact]
    public void Should_Number_Colliding_Slugs_By_Label_Whatever_Order_The_Items_Come_In()
    {
        static Dictionary<string, string> SlugsOf(IEnumerable<string> words) =>
            FacetGroups.Of(words, word => [new FacetValue("same", word, word)]).ToDictionary(g => g.Value.Label, g => g.Value.Slug);

        var forwards = SlugsOf(["b", "a", "c"]);
        var backwards = SlugsOf(["c", "a", "b"]);

        Assert.Equal(new Dictionary<string, string> { ["a"] = "same", ["b"] = "same-2", ["c"] = "same-3" }, forwards);
        Assert.Equal(forwards, backwards);
    }

    [Fact]
    public void Should_Not_Number_A_Slug_Onto_One_A_Value_Already_Has()
    {
        var groups = FacetGroups.Of(["a", "b", "c"], word => [new FacetValue(word == "c" ? "x-2" : "x", word, word)]);

        Assert.Equal(["x", "x-2", "x-3"], groups.Select(g => g.Value.Slug).Order(StringComparer.Ordinal));
        Assert.Equal("x-2", groups.Single(g => g.Value.Label == "c").Value.Slug);
    }

    [Fact]
    public void Should_List_An_Item_Once_Under_A_Value_It_Names_Twice()
    {
        var groups = FacetGroups.Of(["r1"], _ => [FacetValues.Word("Housing"), FacetValues.Word("Housing")]);

        Assert.Equal(["r1"], Assert.Single(groups).Items);
    }
}
