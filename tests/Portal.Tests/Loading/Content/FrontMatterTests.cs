using Portal.Domain.Diagnostics;
using Portal.Loading.Content;
using Portal.Tests.Support;

namespace Portal.Tests.Loading.Content;

public sealed class FrontMatterTests
{
    private const string Path = "input/about.md";

    private readonly DiagnosticBag _diagnostics = new();

    [Fact]
    public void Should_Read_Each_Key_With_The_Location_Of_Its_Value()
    {
        var matter = Parse("---\ntitle: About the portal\norder:   2\n---\n# About\n");

        Assert.Empty(_diagnostics.Items);
        Assert.Equal(("About the portal", new SourceLocation(Path, 2, 8)), matter["title"]);
        Assert.Equal(("2", new SourceLocation(Path, 3, 10)), matter["order"]);
        Assert.Null(matter["date"]);
    }

    [Fact]
    public void Should_Start_The_Body_On_The_Line_After_The_Closing_Marker()
    {
        var matter = Parse("---\ntitle: About\n---\n# About\n\nText.\n");

        Assert.Equal("# About\n\nText.\n", matter.Body);
        Assert.Equal(4, matter.BodyLine);
    }

    [Fact]
    public void Should_Read_A_File_Without_Front_Matter_As_All_Body()
    {
        var matter = Parse("# About\n---\n");

        Assert.Equal("# About\n---\n", matter.Body);
        Assert.Equal(1, matter.BodyLine);
        Assert.Empty(_diagnostics.Items);
    }

    [Fact]
    public void Should_Read_Front_Matter_With_CRLF_Line_Endings()
    {
        var matter = Parse("---\r\ntitle: About\r\n---\r\nBody\r\n");

        Assert.Equal("About", matter["title"]?.Value);
        Assert.Equal(4, matter.BodyLine);
        Assert.Empty(_diagnostics.Items);
    }

    [Fact]
    public void Should_Report_Front_Matter_That_Never_Ends_At_The_First_Line()
    {
        Parse("---\ntitle: About\n# About\n");

        DiagnosticAssert.Single(_diagnostics, "input/about.md:1:1: error", "never ends");
    }

    [Theory]
    [InlineData("---\ntitle: About\ndescription: \"unterminated\n---\nBody\n", "input/about.md:3:14: error")]
    [InlineData("---\ntitle: About\ntitle: Again\n---\n", "input/about.md:3:1: error")]
    public void Should_Report_Invalid_YAML_At_Its_Line_And_Column_In_The_File(string text, string location)
    {
        Parse(text);

        DiagnosticAssert.Single(_diagnostics, location, "front matter is not valid YAML");
    }

    [Fact]
    public void Should_Warn_About_An_Unknown_Key_At_The_Key()
    {
        var matter = Parse("---\ntitle: About\nauthor: Someone\n---\n");

        DiagnosticAssert.Single(_diagnostics, "input/about.md:3:1: warning", "unknown front matter key 'author' is ignored");
        Assert.Null(matter["author"]);
    }

    [Fact]
    public void Should_Report_A_Key_Whose_Value_Is_Not_A_Single_Value()
    {
        Parse("---\ntitle:\n  - About\n  - Us\n---\n");

        DiagnosticAssert.Single(_diagnostics, "input/about.md:2:1: error", "front matter key 'title' needs a single value");
    }

    [Fact]
    public void Should_Report_Front_Matter_That_Is_Not_A_Mapping()
    {
        Parse("---\n- title\n- About\n---\n");

        DiagnosticAssert.Single(_diagnostics, "input/about.md:2:1: error", "front matter must be a list of 'key: value' lines");
    }

    private FrontMatter Parse(string text) => FrontMatter.Parse(Path, text, _diagnostics);
}
