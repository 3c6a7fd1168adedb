using Portal.Domain.Limits;

namespace Portal.Tests.Domain.Limits;

public sealed class ForbiddenCharactersTests
{
    [Theory]
    [InlineData("plain text, with tabs\tand\r\nline breaks")]
    [InlineData("Plzeň, São Paulo, الرباط, 東京")]
    [InlineData("an emoji 👍 is a surrogate pair")]
    [InlineData("")]
    public void Should_Find_None_In_Ordinary_Text(string text) => Assert.Equal(-1, ForbiddenCharacters.IndexIn(text));

    [Theory]
    [InlineData("a\u0000b", 1)]
    [InlineData("bell\u0007", 4)]
    [InlineData("\u001b[31mred", 0)]
    [InlineData("del\u007f", 3)]
    [InlineData("c1\u0085", 2)]
    public void Should_Find_The_First_Control_Character(string text, int index) =>
        Assert.Equal(index, ForbiddenCharacters.IndexIn(text));

    // Attributes cannot carry a lone surrogate (the compiler stores U+FFFD instead), so these texts are made here.
    [Theory]
    [InlineData("lone ", '\ud800', " high", 5)]
    [InlineData("lone ", '\udc00', " low", 5)]
    [InlineData("ok 👍 then ", '\ud83d', "", 11)]
    public void Should_Find_A_Lone_Surrogate(string before, char surrogate, string after, int index) =>
        Assert.Equal(index, ForbiddenCharacters.IndexIn(before + surrogate + after));

    [Fact]
    public void Should_Name_The_Code_Point_In_Its_Description() =>
        Assert.Equal("U+0007 (a control character)", ForbiddenCharacters.Describe('\u0007'));
}
