using Portal.Domain.Diagnostics;
using Portal.Tests.Support;

namespace Portal.Tests.Loading.Csv;

public sealed class CsvDocumentReaderTests
{
    private readonly DiagnosticBag _diagnostics = new();

    [Theory]
    [InlineData("")]
    [InlineData(" \n\r\n")]
    public void Should_Report_An_Empty_File_At_Its_First_Line(string text)
    {
        var document = TestCsv.Read(text, _diagnostics);

        DiagnosticAssert.Single(_diagnostics, "data/test.csv:1:1: error", "the file is empty");
        Assert.Empty(document.Records);
    }

    [Fact]
    public void Should_Report_Line_And_Column_When_Quote_Is_Unbalanced()
    {
        TestCsv.Read(TestCsv.Lines("id,name", "bcn,Barcelona", "mad,\"Madrid", "sev,Sevilla"), _diagnostics);

        DiagnosticAssert.Single(_diagnostics, "data/test.csv:3:5: error", "unbalanced quote");
    }

    [Fact]
    public void Should_Start_The_Record_At_Its_Own_Line_When_An_Unbalanced_Quote_Swallows_The_Rest_Of_The_File()
    {
        var document = TestCsv.Read(TestCsv.Lines("id,name", "mad,\"Madrid", "sev,Sevilla"), _diagnostics);

        var record = Assert.Single(document.Records);
        Assert.Equal(2, record.Location.Line);
        Assert.Equal(new SourceLocation(TestCsv.Path, 2, 5), record["name"].Location);
    }

    [Fact]
    public void Should_Report_Line_And_Column_When_A_Quote_Is_Inside_An_Unquoted_Field()
    {
        TestCsv.Read(TestCsv.Lines("id,name", "bcn,Barna \"BCN\" city"), _diagnostics);

        var first = Assert.Single(_diagnostics.Items, d => d.Location.Column == 11);
        Assert.Equal("data/test.csv:2:11: error: quote inside an unquoted field; quote the whole field and double the inner quotes", first.ToString());
    }

    [Fact]
    public void Should_Report_Line_And_Column_When_Text_Follows_A_Closing_Quote()
    {
        TestCsv.Read(TestCsv.Lines("id,name", "bcn,\"Barcelona\" city"), _diagnostics);

        DiagnosticAssert.Single(_diagnostics, "data/test.csv:2:16: error", "text after a closing quote");
    }

    [Fact]
    public void Should_Report_A_Row_With_Too_Many_Fields_At_Its_Start()
    {
        TestCsv.Read(TestCsv.Lines("id,name", "bcn,Barcelona", "mad,Madrid,ESP"), _diagnostics);

        DiagnosticAssert.Single(_diagnostics, "data/test.csv:3:1: error", "this row has 3 fields but the header has 2");
    }

    [Fact]
    public void Should_Report_A_Row_With_Too_Few_Fields_At_Its_Start()
    {
        TestCsv.Read(TestCsv.Lines("id,name,country", "bcn,Barcelona"), _diagnostics);

        DiagnosticAssert.Single(_diagnostics, "data/test.csv:2:1: error", "this row has 2 fields but the header has 3");
    }

    [Fact]
    public void Should_Read_A_Semicolon_Separated_File()
    {
        var record = TestCsv.Row("id;name;latitude", "bcn;Barcelona, Catalonia;41,39", _diagnostics);

        Assert.Empty(_diagnostics.Items);
        Assert.Equal("Barcelona, Catalonia", record["name"].Text);
        Assert.Equal("41,39", record["latitude"].Text);
        Assert.Equal(new SourceLocation(TestCsv.Path, 2, 26), record["latitude"].Location);
    }

    [Fact]
    public void Should_Match_Header_Names_Without_Regard_To_Case_Or_Surrounding_Spaces()
    {
        var record = TestCsv.Row("ID, Name ", "bcn,Barcelona", _diagnostics);

        Assert.Equal("bcn", record["id"].Text);
        Assert.Equal("Barcelona", record["NAME"].Text);
    }

    [Fact]
    public void Should_Keep_Line_Numbers_Right_After_A_Quoted_Field_With_Embedded_Newlines()
    {
        var text = TestCsv.Lines("id,summary,country", "bcn,\"First line", "", "Third line\",ESP", "mad,Capital,ESP");

        var document = TestCsv.Read(text, _diagnostics);

        Assert.Empty(_diagnostics.Items);
        Assert.Equal([2, 5], document.Records.Select(r => r.Location.Line));
        Assert.Equal("First line\n\nThird line", document.Records[0]["summary"].Text);
        Assert.Equal(new SourceLocation(TestCsv.Path, 4, 13), document.Records[0]["country"].Location);
        Assert.Equal(new SourceLocation(TestCsv.Path, 5, 13), document.Records[1]["country"].Location);
    }

    [Fact]
    public void Should_Read_CRLF_Line_Endings_Including_Inside_Quoted_Fields()
    {
        var text = "id,summary\r\nbcn,\"One\r\nTwo\"\r\nmad,Capital\r\n";

        var document = TestCsv.Read(text, _diagnostics);

        Assert.Empty(_diagnostics.Items);
        Assert.Equal([2, 4], document.Records.Select(r => r.Location.Line));
        Assert.Equal("One\r\nTwo", document.Records[0]["summary"].Text);
        Assert.Equal("Capital", document.Records[1]["summary"].Text);
    }

    [Fact]
    public void Should_Skip_Blank_Lines_And_Still_Count_Them()
    {
        var document = TestCsv.Read(TestCsv.Lines("id,name", "", "bcn,Barcelona", "", "", "mad,Madrid"), _diagnostics);

        Assert.Empty(_diagnostics.Items);
        Assert.Equal([3, 6], document.Records.Select(r => r.Location.Line));
    }

    [Fact]
    public void Should_Locate_Fields_After_A_Quoted_Field_With_Doubled_Quotes()
    {
        var record = TestCsv.Row("id,title,status", "c1,\"The \"\"HR office\"\", open\",planned", _diagnostics);

        Assert.Empty(_diagnostics.Items);
        Assert.Equal("The \"HR office\", open", record["title"].Text);
        Assert.Equal(new SourceLocation(TestCsv.Path, 2, 30), record["status"].Location);
    }

    [Fact]
    public void Should_Read_A_Last_Row_Without_A_Line_Break()
    {
        var document = TestCsv.Read("id,name\nbcn,Barcelona", _diagnostics);

        Assert.Equal("Barcelona", Assert.Single(document.Records)["name"].Text);
        Assert.Empty(_diagnostics.Items);
    }
}
