using Portal.Domain.Diagnostics;
using Portal.Pipeline;
using Portal.Tests.Pipeline;
using Portal.Tests.Support;

namespace Portal.Tests.Loading.Hostile;

/// <summary>BEL, ESC and the other control characters drive terminals and break other tools: refused where they are.</summary>
public sealed class ForbiddenCharacterTests : IDisposable
{
    private readonly MinimalSite _site = new();
    private readonly DiagnosticBag _diagnostics = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_Refuse_Each_Cell_That_Holds_A_Control_Character_At_That_Cell()
    {
        TestCsv.Read(TestCsv.Lines("id,name,country", "alpha,Al\u0007pha,ESP", "beta,\"B\u001b[31m\",\u001bESP"), _diagnostics);

        var errors = _diagnostics.Items.Select(d => d.Location.ToString() + " " + d.Message).ToList();
        Assert.Equal(3, errors.Count);
        Assert.StartsWith("data/test.csv:2:7 ", errors[0], StringComparison.Ordinal);
        Assert.Contains("U+0007", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("data/test.csv:3:6 ", errors[1], StringComparison.Ordinal);
        Assert.StartsWith("data/test.csv:3:15 ", errors[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Refuse_A_Control_Character_In_A_Markdown_Page_At_Its_Line_And_Column()
    {
        _site.Write("input/evil.md", "---\ntitle: Evil\n---\nSome \u001b[2Jtext.\n");

        var report = new SiteValidator().Validate(_site.Options);

        var error = Assert.Single(report.Diagnostics, d => d.Location.File.EndsWith("input/evil.md", StringComparison.Ordinal));
        Assert.Equal((4, 6), (error.Location.Line, error.Location.Column));
        Assert.Contains("U+001B", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Refuse_A_Control_Character_In_The_Site_Settings_At_Its_Line_And_Column()
    {
        _site.Write("input/site.yml", "title: Portal\ndescription: Ring \u0007 the bell\n");

        var report = new SiteValidator().Validate(_site.Options);

        var error = Assert.Single(report.Diagnostics, d => d.Location.File.EndsWith("input/site.yml", StringComparison.Ordinal));
        Assert.Equal((2, 19), (error.Location.Line, error.Location.Column));
    }
}
