using Portal.Domain.Diagnostics;
using Portal.Domain.Model;
using Portal.Domain.Themes;

namespace Portal.Tests.Domain.Themes;

public sealed class ThemeVocabularyTests
{
    private static readonly ThemeVocabulary Vocabulary = new(
    [
        Theme("housing", "Housing", "Right to housing", "Right to adequate housing"),
        Theme("children", "Children", "Rights of the Child", "Children: definition; general principles; protection"),
    ]);

    [Theory]
    [InlineData("right to housing")]
    [InlineData("  RIGHT TO HOUSING ")]
    [InlineData("Housing")]
    [InlineData("housing")]
    public void Should_Find_A_Theme_By_Any_Of_Its_Labels_Whatever_The_Case_And_Surrounding_Spaces(string label)
    {
        Assert.Equal("housing", Vocabulary.Find(label)?.Id);
    }

    [Fact]
    public void Should_Find_A_Label_That_Holds_The_List_Separator()
    {
        Assert.Equal("children", Vocabulary.Find("children: definition; general principles; protection")?.Id);
    }

    [Fact]
    public void Should_Map_Labels_To_Ids_Once_Each_And_Keep_And_Count_The_Unmapped_As_Written()
    {
        var mapping = new ThemeMapping(Vocabulary);
        var here = new SourceLocation("data/recommendations.csv", 2, 12);

        var first = mapping.Map(["Right to housing", "housing", "Cp Rights - General; Art. 2"], () => here);
        var second = mapping.Map(["Cp Rights - General; Art. 2"], () => new SourceLocation("data/recommendations.csv", 3, 12));

        Assert.Equal(["housing", "Cp Rights - General; Art. 2"], first);
        Assert.Equal(["Cp Rights - General; Art. 2"], second);
        Assert.Equal(new UnmappedTheme("Cp Rights - General; Art. 2", 2, here), Assert.Single(mapping.Unmapped));
    }

    [Fact]
    public void Should_Leave_Labels_As_They_Are_Without_A_Theme_List()
    {
        var mapping = new ThemeMapping(ThemeVocabulary.None);

        Assert.Equal(["Right to housing"], mapping.Map(["Right to housing"], () => SourceLocation.OfFile("x")));
        Assert.Empty(mapping.Unmapped);
    }

    [Fact]
    public void Should_Show_A_Theme_Id_By_Its_Label_And_Any_Other_Value_As_Written()
    {
        Assert.Equal(("Children", "cp rights - general"), (Vocabulary.LabelOf("children"), Vocabulary.LabelOf("cp rights - general")));
    }

    private static Theme Theme(string id, string label, params string[] sources) =>
        new() { Id = id, Label = label, SourceLabels = sources, Row = SourceLocation.OfFile("data/themes.csv") };
}
