using System.Text;
using Portal.Domain.Diagnostics;
using Portal.Loading;
using Portal.Tests.Support;
using Portal.TextFiles.Encodings;

namespace Portal.Tests.Loading;

public sealed class TextDecoderTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private readonly DiagnosticBag _diagnostics = new();

    [Fact]
    public void Should_Drop_A_Byte_Order_Mark()
    {
        var text = Decode([.. Bom, .. Utf8("id,name\n")]);

        Assert.Equal("id,name\n", text);
        Assert.Empty(_diagnostics.Items);
    }

    [Fact]
    public void Should_Decode_UTF8_Without_A_Byte_Order_Mark()
    {
        Assert.Equal("id,name\nbog,Bogotá\n", Decode(Utf8("id,name\nbog,Bogotá\n")));
        Assert.Empty(_diagnostics.Items);
    }

    [Fact]
    public void Should_Refuse_A_Windows_1250_Data_File_At_Its_First_Foreign_Byte_Rather_Than_Guess_Its_Encoding()
    {
        var windows1250 = ExportEncodings.ByName("windows-1250")!;

        var text = Decode(windows1250.GetBytes("id,name,country\npl,Plzeň,CZE\n"));

        Assert.Null(text);
        DiagnosticAssert.Single(_diagnostics, "data/test.csv:2:8: error", "the file is not valid UTF-8 (byte 0xF2 at offset 23); save it as UTF-8");
    }

    [Fact]
    public void Should_Report_A_Latin1_Byte_At_Its_Line_And_Column()
    {
        // "Mérida" saved as Latin-1: é is the single byte 0xE9, at byte offset 12.
        var text = Decode([.. Utf8("id,name\nmx,M"), 0xE9, .. Utf8("rida\n")]);

        Assert.Null(text);
        DiagnosticAssert.Single(_diagnostics, "data/test.csv:2:5: error", "the file is not valid UTF-8 (byte 0xE9 at offset 12)");
    }

    [Fact]
    public void Should_Count_Columns_In_Characters_Not_Bytes()
    {
        // "Zürich," is seven characters but eight bytes.
        Decode([.. Utf8("id\nZürich,"), 0xFF]);

        DiagnosticAssert.Single(_diagnostics, "data/test.csv:2:8: error", "byte 0xFF");
    }

    [Fact]
    public void Should_Count_Lines_Ended_By_CRLF_Or_CR()
    {
        Decode([.. Utf8("a\r\nb\rc\r\n"), 0xE9]);

        DiagnosticAssert.Single(_diagnostics, "data/test.csv:4:1: error", "byte 0xE9");
    }

    [Fact]
    public void Should_Give_The_Offset_In_The_File_When_It_Starts_With_A_Byte_Order_Mark()
    {
        Decode([.. Bom, .. Utf8("id\nM"), 0xE9]);

        DiagnosticAssert.Single(_diagnostics, "data/test.csv:2:2: error", "byte 0xE9 at offset 7");
    }

    [Fact]
    public void Should_Report_A_Multi_Byte_Sequence_Cut_Short_At_The_End_Of_The_File()
    {
        Decode([.. Utf8("id\nab"), 0xC3]);

        DiagnosticAssert.Single(_diagnostics, "data/test.csv:2:3: error", "byte 0xC3 at offset 5");
    }

    [Fact]
    public void Should_Refuse_A_File_Holding_A_NUL_Character()
    {
        var text = Decode(Utf8("id,name\nbcn,Bar\0celona\n"));

        Assert.Null(text);
        DiagnosticAssert.Single(_diagnostics, "data/test.csv:2:8: error", "NUL character");
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private string? Decode(byte[] bytes) => TextDecoder.Decode(TestCsv.Path, bytes, _diagnostics);
}
