using Portal.Citations;
using Portal.Tests.Rendering;

namespace Portal.Tests.Citations;

/// <summary>The BibTeX and RIS a reference manager imports, for a record whose words hold every special character.</summary>
public sealed class CitationFormatTests
{
    private static readonly CitationRecord Record = new()
    {
        Key = BibTex.Key("commitment", "housing & 50%"),
        Title = "Housing & sanitation: 50% of {homes} #1, a_b ~ c^d \\ e $5",
        Author = "Rights Office of Valdeserra",
        Website = "Human Rights Cities Portal",
        Year = 2026,
        Url = "https://rights.example.org/commitments/housing/",
        Note = "Data as of 2026-06-30.\nSecond line.",
    };

    [Fact]
    public void Should_Write_A_BibTeX_Entry_With_Every_Special_Character_Escaped() =>
        Golden.Verify("citation.bib", BibTex.Entry(Record));

    [Fact]
    public void Should_Write_A_RIS_Record_With_One_Line_For_Each_Tag() =>
        Golden.Verify("citation.ris", Ris.Entry(Record));

    [Fact]
    public void Should_Leave_The_Url_Out_Of_Both_Formats_When_The_Site_Has_No_Address()
    {
        var record = Record with { Url = null };

        Assert.DoesNotContain("url =", BibTex.Entry(record), StringComparison.Ordinal);
        Assert.DoesNotContain("UR  -", Ris.Entry(record), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{", @"\{")]
    [InlineData("}", @"\}")]
    [InlineData("&", @"\&")]
    [InlineData("%", @"\%")]
    [InlineData("#", @"\#")]
    [InlineData("_", @"\_")]
    [InlineData("$", @"\$")]
    [InlineData("~", @"\textasciitilde{}")]
    [InlineData("^", @"\textasciicircum{}")]
    [InlineData("\\", @"\textbackslash{}")]
    public void Should_Escape_A_LaTeX_Special_Character_So_It_Cannot_End_A_Field(string character, string escaped) =>
        Assert.Equal("a" + escaped + "b", BibTex.Escape("a" + character + "b"));

    [Fact]
    public void Should_Make_A_BibTeX_Key_Of_Only_Letters_Digits_And_Safe_Punctuation() =>
        Assert.Equal("commitment:housing---50-", BibTex.Key("commitment", "housing & 50%"));
}
