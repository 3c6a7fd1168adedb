using Portal.Domain.Model;

namespace Portal.Tests.Domain.Model;

public sealed class SlugTests
{
    [Theory]
    [InlineData("barcelona")]
    [InlineData("sao-paulo")]
    [InlineData("c-2025-01")]
    [InlineData("42")]
    public void Should_Accept_Lower_Case_Letters_Digits_And_Hyphens(string text) =>
        Assert.True(Slug.IsValid(text));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("-barcelona")]
    [InlineData("Barcelona")]
    [InlineData("sao_paulo")]
    [InlineData("sao paulo")]
    [InlineData("bogotá")]
    [InlineData("a/b")]
    public void Should_Reject_Ids_That_Cannot_Appear_In_A_Url(string? text) =>
        Assert.False(Slug.IsValid(text));

    [Theory]
    [InlineData("A/HRC/52/10 para. 120.15", "a-hrc-52-10-para-120-15")]
    [InlineData("São Paulo", "sao-paulo")]
    [InlineData("Bogotá D.C.", "bogota-d-c")]
    [InlineData("Zürich", "zurich")]
    [InlineData("  -- Leading and trailing --  ", "leading-and-trailing")]
    [InlineData("CRC/C/ESP/CO/5-6, para. 7(a)", "crc-c-esp-co-5-6-para-7-a")]
    [InlineData("¿?", "item")]
    public void Should_Make_A_Slug_Of_Free_Text(string text, string slug)
    {
        Assert.Equal(slug, Slug.FromText(text));
        Assert.True(Slug.IsValid(Slug.FromText(text)));
    }
}
