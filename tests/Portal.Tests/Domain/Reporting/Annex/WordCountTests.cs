using Portal.Domain.Reporting.Annex;

namespace Portal.Tests.Domain.Reporting.Annex;

/// <summary>Words as Microsoft Word counts them, which is how the UN measures its word limits.</summary>
public sealed class WordCountTests
{
    [Theory]
    [InlineData("A/HRC/44/7, para. 150.141", 3)]
    [InlineData("30 June 2026", 3)]
    [InlineData("state-of-the-art", 1)]
    [InlineData("Valdeserra: Verdict: On track.", 4)]
    public void Should_Count_Each_Run_Of_Characters_Between_Spaces_As_One_Word(string text, int words) =>
        Assert.Equal(words, WordCount.Of(text));

    [Fact]
    public void Should_Count_Punctuation_Standing_Alone_As_A_Word_As_Word_Does() =>
        Assert.Equal(3, WordCount.Of("housing – health"));

    [Fact]
    public void Should_Separate_Words_At_Line_Breaks_Tabs_And_Runs_Of_Spaces() =>
        Assert.Equal(4, WordCount.Of("one\ntwo\t three   \r\nfour  "));

    [Fact]
    public void Should_Join_Two_Parts_Across_A_No_Break_Space() =>
        Assert.Equal(2, WordCount.Of("10\u00A0700 words"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void Should_Count_No_Words_In_Empty_Or_Blank_Text(string? text) =>
        Assert.Equal(0, WordCount.Of(text));
}
