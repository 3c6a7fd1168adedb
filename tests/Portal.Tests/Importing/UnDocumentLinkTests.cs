using Portal.Importing.Mapping;
using Portal.Importing.Mapping.Uhri;
using Portal.Tests.Importing.Support;

namespace Portal.Tests.Importing;

/// <summary>Source links made from UN document symbols through https://undocs.org/, and only from them.</summary>
public sealed class UnDocumentLinkTests
{
    [Theory]
    [InlineData("A/HRC/44/7", "https://undocs.org/A/HRC/44/7")]
    [InlineData(" CRC/C/KEN/CO/3-5 ", "https://undocs.org/CRC/C/KEN/CO/3-5")]
    [InlineData("E/C.12/ESP/CO/6", "https://undocs.org/E/C.12/ESP/CO/6")]
    [InlineData("A/HRC/47/30/Add.1", "https://undocs.org/A/HRC/47/30/Add.1")]
    [InlineData("A/RES/863(IX)", "https://undocs.org/A/RES/863%28IX%29")]
    public void Should_Link_A_Document_Symbol_To_The_Un_Symbol_Resolver(string symbol, string expected)
    {
        Assert.Equal(expected, UnDocumentLink.For(symbol));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("A/HRC/44/7, para. 150")]
    [InlineData("A/HRC/44/7; A/HRC/44/7/Add.1")]
    [InlineData("HRC44")]
    [InlineData("a/hrc/44/7")]
    [InlineData("A/HRC/../../evil")]
    [InlineData("A/HRC/44/7?x=<script>")]
    [InlineData("https://example.org/A/HRC/44/7")]
    public void Should_Make_No_Link_From_A_Cell_That_Is_Not_One_Document_Symbol(string? symbol)
    {
        Assert.Null(UnDocumentLink.For(symbol));
    }

    [Fact]
    public void Should_Link_A_Uhri_Recommendation_To_Its_Document()
    {
        var export = ImportFiles.Mapped(UhriMapper.Map, ImportFiles.Table(
            "Text,Countries Concerned,Reccomending Body,Document Symbol,OHCHR Annotation Id\n"
            + "Raise the age of criminal responsibility.,Kenya,CRC,CRC/C/KEN/CO/3-5,k1\n"
            + "Adopt a law on housing.,Kenya,CESCR,,k2\n"));

        Assert.Equal("https://undocs.org/CRC/C/KEN/CO/3-5", ImportFiles.Recommendation(export, line: 2).Url);
        Assert.Null(ImportFiles.Recommendation(export, line: 3).Url);
    }
}
