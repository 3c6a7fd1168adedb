using Portal.Domain.Diagnostics;
using Portal.Domain.Model;
using Portal.Loading.Content;
using Portal.Tests.Support;

namespace Portal.Tests.Loading.Content;

public sealed class ContentReaderTests
{
    private const string Path = "input/news/launch.md";

    private readonly DiagnosticBag _diagnostics = new();

    [Fact]
    public void Should_Read_A_News_Item_With_Its_Front_Matter()
    {
        var page = Read(ContentKind.News, "---\ntitle: Launch\ndescription: The portal opens\ndate: 2026-03-15\ncity: barcelona\norder: 3\ndraft: true\n---\nWe launched.\n");

        Assert.Empty(_diagnostics.Items);
        Assert.Equal(("Launch", "The portal opens", "barcelona"), (page.Title, page.Description, page.CityId));
        Assert.Equal(Make.Date("2026-03-15"), page.Date);
        Assert.Equal(3, page.Order);
        Assert.True(page.Draft);
        Assert.Equal("We launched.\n", page.Body);
        Assert.Equal(new SourceLocation(Path, 9, 1), page.Origin);
    }

    [Fact]
    public void Should_Report_A_Page_Without_A_Title_At_The_Top_Of_The_File()
    {
        Read(ContentKind.Page, "---\norder: 1\n---\nText\n");

        DiagnosticAssert.Single(_diagnostics, "input/news/launch.md:1:1: error", "front matter needs a 'title'");
    }

    [Fact]
    public void Should_Let_A_City_Narrative_Go_Without_A_Title()
    {
        var page = Read(ContentKind.CityNarrative, "Barcelona declared itself a Human Rights City.\n");

        Assert.Empty(_diagnostics.Items);
        Assert.Equal(string.Empty, page.Title);
    }

    [Fact]
    public void Should_Report_News_Without_A_Date()
    {
        Read(ContentKind.News, "---\ntitle: Launch\n---\n");

        DiagnosticAssert.Single(_diagnostics, "input/news/launch.md:1:1: error", "news needs a 'date'");
    }

    [Fact]
    public void Should_Report_A_Date_That_Does_Not_Parse_At_Its_Value_Only()
    {
        var page = Read(ContentKind.News, "---\ntitle: Launch\ndate: 15/03/2026\n---\n");

        DiagnosticAssert.Single(_diagnostics, "input/news/launch.md:3:7: error", "'15/03/2026' is not an ISO 8601 date");
        Assert.Null(page.Date);
    }

    [Fact]
    public void Should_Report_An_Order_That_Is_Not_A_Whole_Number_At_Its_Value()
    {
        Read(ContentKind.Page, "---\ntitle: About\norder: first\n---\n");

        DiagnosticAssert.Single(_diagnostics, "input/news/launch.md:3:8: error", "'order' must be a whole number, not 'first'");
    }

    [Fact]
    public void Should_Report_A_Draft_Flag_That_Is_Not_True_Or_False_At_Its_Value()
    {
        var page = Read(ContentKind.Page, "---\ntitle: About\ndraft: yes\n---\n");

        DiagnosticAssert.Single(_diagnostics, "input/news/launch.md:3:8: error", "'draft' must be true or false, not 'yes'");
        Assert.False(page.Draft);
    }

    private ContentPage Read(ContentKind kind, string text)
    {
        var page = ContentReader.Read(Path, kind, "launch", text, _diagnostics);
        Assert.NotNull(page);
        return page;
    }
}
