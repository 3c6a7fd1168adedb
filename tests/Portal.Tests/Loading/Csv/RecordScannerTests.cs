using Portal.Domain.Diagnostics;
using Portal.TextFiles.Csv;

namespace Portal.Tests.Loading.Csv;

public sealed class RecordScannerTests
{
    private static readonly SourceLocation Start = new("data/test.csv", 7, 1);

    private readonly DiagnosticBag _diagnostics = new();

    [Fact]
    public void Should_Find_The_Start_Of_Each_Field_After_Quoted_Fields()
    {
        // "a,b" takes columns 1-5, "d""e" columns 9-14.
        var starts = RecordScanner.Scan("\"a,b\",c,\"d\"\"e\",f\n", ',', Start, _diagnostics);

        Assert.Equal([1, 7, 9, 16], starts.Select(s => s.Column));
        Assert.All(starts, s => Assert.Equal(7, s.Line));
        Assert.Empty(_diagnostics.Items);
    }

    [Fact]
    public void Should_Move_To_The_Next_Line_After_A_Line_Break_Inside_Quotes()
    {
        var starts = RecordScanner.Scan("x,\"one\r\ntwo\",y\r\n", ',', Start, _diagnostics);

        Assert.Equal([new SourceLocation("data/test.csv", 7, 1), new SourceLocation("data/test.csv", 7, 3), new SourceLocation("data/test.csv", 8, 6)], starts);
    }

    [Fact]
    public void Should_Report_Every_Quoting_Problem_In_A_Record()
    {
        RecordScanner.Scan("\"ab\"c,d\"e,\"open\n", ',', Start, _diagnostics);

        Assert.Equal(
            [
                "data/test.csv:7:5: error: text after a closing quote; a quoted field must end at the quote",
                "data/test.csv:7:8: error: quote inside an unquoted field; quote the whole field and double the inner quotes",
                "data/test.csv:7:11: error: unbalanced quote: this quote is never closed",
            ],
            _diagnostics.Sorted().Select(d => d.ToString()));
    }
}
