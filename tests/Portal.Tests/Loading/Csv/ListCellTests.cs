using Portal.TextFiles.Csv;

namespace Portal.Tests.Loading.Csv;

public sealed class ListCellTests
{
    [Fact]
    public void Should_Split_A_List_On_Semicolons_And_Trim_Each_Value()
    {
        Assert.Equal(["housing", "poverty"], ListCell.Split(" housing ;poverty;; "));
    }

    [Fact]
    public void Should_Read_An_Escaped_Semicolon_As_Part_Of_The_Value()
    {
        Assert.Equal(["Children: definition; general principles; protection", "housing"], ListCell.Split(@"Children: definition\; general principles\; protection;housing"));
    }

    [Fact]
    public void Should_Keep_Any_Other_Backslash_As_Written()
    {
        Assert.Equal([@"a\b", "c"], ListCell.Split(@"a\b;c"));
    }

    [Theory]
    [InlineData("Children: definition; general principles; protection")]
    [InlineData(@"ends in a backslash\")]
    [InlineData(@"two \\ backslashes and \; an escape")]
    [InlineData(@"\")]
    public void Should_Give_Back_Every_Value_Unchanged_After_Joining(string value)
    {
        var cell = ListCell.Join([value, "housing"]);

        Assert.Equal([value, "housing"], ListCell.Split(cell));
    }

    [Fact]
    public void Should_Write_A_List_Without_Escapes_As_It_Always_Did()
    {
        Assert.Equal("housing;poverty", ListCell.Join(["housing", "poverty"]));
    }
}
