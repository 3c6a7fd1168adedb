using Portal.TextFiles.Csv;

namespace Portal.Tests.Loading.Csv;

public sealed class DelimiterDetectorTests
{
    [Theory]
    [InlineData("id,name,country\n", ',')]
    [InlineData("id;name;country\n", ';')]
    [InlineData("id\n", ',')]
    [InlineData("\"a;b;c\",d\n", ',')]
    [InlineData("id,name;x;y\nbcn,a,b,c,d,e\n", ';')]
    public void Should_Choose_The_Delimiter_The_Header_Line_Uses_Most_Outside_Quotes(string text, char delimiter) =>
        Assert.Equal(delimiter, DelimiterDetector.Detect(text));
}
