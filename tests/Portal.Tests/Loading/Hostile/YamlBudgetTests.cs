using System.Diagnostics;
using Portal.Domain.Diagnostics;
using Portal.Loading.Content;
using Portal.Pipeline;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Loading.Hostile;

/// <summary>YAML anchors and aliases let a few lines stand for billions of nodes; front matter and settings need none.</summary>
public sealed class YamlBudgetTests : IDisposable
{
    private const string BillionLaughs =
        "---\n" +
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n" +
        "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n" +
        "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n" +
        "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n" +
        "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n" +
        "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n" +
        "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n" +
        "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n" +
        "i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n" +
        "? *i\n: title\n" +
        "---\nBody.\n";

    private readonly MinimalSite _site = new();
    private readonly DiagnosticBag _diagnostics = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_Refuse_An_Alias_In_Front_Matter_At_Its_Anchor()
    {
        FrontMatter.Parse("input/about.md", "---\ntitle: &name About\ndescription: *name\n---\nBody.\n", _diagnostics);

        var error = Assert.Single(_diagnostics.Items, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("input/about.md:2:8", error.Location.ToString());
        Assert.Contains("anchor", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Refuse_A_Billion_Laughs_In_Front_Matter_Before_Expanding_It()
    {
        var clock = Stopwatch.StartNew();
        var before = GC.GetTotalAllocatedBytes();

        FrontMatter.Parse("input/about.md", BillionLaughs, _diagnostics);

        Assert.True(_diagnostics.HasErrors);
        Assert.Equal("input/about.md:2:4", _diagnostics.Items[0].Location.ToString());
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        Assert.InRange(GC.GetTotalAllocatedBytes() - before, 0, 50_000_000);
    }

    [Fact]
    public void Should_Refuse_Front_Matter_Over_Its_Budget()
    {
        var text = "---\ntitle: About\ndescription: " + new string('x', FrontMatter.MaxLength) + "\n---\nBody.\n";

        FrontMatter.Parse("input/about.md", text, _diagnostics);

        var error = Assert.Single(_diagnostics.Items);
        Assert.Equal("input/about.md:1:1", error.Location.ToString());
    }

    [Fact]
    public void Should_Refuse_An_Alias_In_The_Site_Settings()
    {
        _site.Write("input/site.yml", "title: &t Portal\ndescription: *t\n");

        var report = new SiteValidator().Validate(_site.Options);

        var error = Assert.Single(report.Diagnostics, d => d.Location.File.EndsWith("input/site.yml", StringComparison.Ordinal));
        Assert.Equal((1, 8), (error.Location.Line, error.Location.Column));
    }
}
