using System.Text;
using Portal.Domain.Diagnostics;
using Portal.Importing;
using Portal.Tests.Importing.Support;
using Portal.TextFiles.Encodings;

namespace Portal.Tests.Importing;

/// <summary>Exports arrive in UTF-8, UTF-16 and the 8-bit encodings of old Windows and Mac machines.</summary>
public sealed class ExportDecodingTests
{
    private const string Sample = "To,Text\nCôte d'Ivoire,\"Guarantee the café cooperatives’ rights – and México’s\"\n";

    [Fact]
    public void Should_Read_UTF8_Without_A_Byte_Order_Mark()
    {
        var decoded = Decode(Encoding.UTF8.GetBytes(Sample));

        Assert.Equal(Sample, decoded.Text);
        Assert.Equal("UTF-8", decoded.EncodingName);
    }

    [Fact]
    public void Should_Read_UTF8_With_A_Byte_Order_Mark_And_Drop_The_Mark()
    {
        var decoded = Decode([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Sample)]);

        Assert.Equal(Sample, decoded.Text);
        Assert.Contains("byte-order mark", decoded.How, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Should_Read_UTF16_With_A_Byte_Order_Mark(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);

        var decoded = Decode([.. encoding.Preamble, .. encoding.GetBytes(Sample)]);

        Assert.Equal(Sample, decoded.Text);
        Assert.StartsWith("UTF-16", decoded.EncodingName, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Recognise_UTF16_Without_A_Byte_Order_Mark_By_Its_Zero_Bytes()
    {
        var decoded = Decode(Encoding.Unicode.GetBytes(Sample));

        Assert.Equal(Sample, decoded.Text);
    }

    [Fact]
    public void Should_Read_Windows_1252_When_The_Bytes_Are_Not_UTF8()
    {
        var decoded = Decode(ImportFiles.Windows1252.GetBytes(Sample));

        Assert.Equal(Sample, decoded.Text);
        Assert.Equal("Windows-1252", decoded.EncodingName);
    }

    [Fact]
    public void Should_Read_Mac_Roman_With_CR_Line_Endings()
    {
        var decoded = Decode(ImportFiles.AsOldMac(Sample));

        Assert.Equal(Sample.ReplaceLineEndings("\r"), decoded.Text);
        Assert.Equal("Mac Roman", decoded.EncodingName);
    }

    [Fact]
    public void Should_Tell_Mac_Roman_From_Its_Letters_Even_With_LF_Line_Endings()
    {
        var decoded = Decode(ImportFiles.MacRoman.GetBytes(Sample));

        Assert.Equal(Sample, decoded.Text);
        Assert.Equal("Mac Roman", decoded.EncodingName);
    }

    [Fact]
    public void Should_Tell_Windows_1252_From_Its_Letters_Even_With_CR_Line_Endings()
    {
        var decoded = Decode(ImportFiles.Windows1252.GetBytes(Sample.ReplaceLineEndings("\r")));

        Assert.Equal("Windows-1252", decoded.EncodingName);
    }

    [Fact]
    public void Should_Use_The_Encoding_It_Is_Told_To_Use()
    {
        var bytes = ImportFiles.Windows1252.GetBytes(Sample);

        var decoded = Decode(bytes, ExportEncodings.ByName("macintosh"));

        Assert.Equal(ImportFiles.MacRoman.GetString(bytes), decoded.Text);
        Assert.Equal("Mac Roman", decoded.EncodingName);
        Assert.Contains("--encoding", decoded.How, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-8", 65001)]
    [InlineData("UTF8", 65001)]
    [InlineData("utf-16", 1200)]
    [InlineData("windows-1252", 1252)]
    [InlineData("cp1252", 1252)]
    [InlineData("macintosh", 10000)]
    [InlineData("mac-roman", 10000)]
    [InlineData("iso-8859-1", 28591)]
    public void Should_Know_The_Encodings_By_Their_Usual_Names(string name, int codePage)
    {
        Assert.Equal(codePage, ExportEncodings.ByName(name)?.CodePage);
    }

    [Fact]
    public void Should_Know_No_Encoding_By_A_Made_Up_Name()
    {
        Assert.Null(ExportEncodings.ByName("klingon-8"));
    }

    private static DecodedText Decode(byte[] bytes, Encoding? chosen = null)
    {
        var diagnostics = new DiagnosticBag();
        var decoded = ExportDecoding.Decode(ImportFiles.Path, bytes, chosen, new HashSet<int>(), diagnostics);
        Assert.Empty(diagnostics.Items);
        return Assert.IsType<DecodedText>(decoded);
    }
}
