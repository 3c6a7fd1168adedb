using Portal.Tests.Pipeline;
using Portal.Tests.Support;
using Scriban.Syntax;

namespace Portal.Tests.Rendering.Formatting;

/// <summary>The template functions <c>date</c> and <c>number</c>, and a date inside a sentence of UI text.</summary>
public sealed class DateAndNumberFunctionTests
{
    [Fact]
    public void Should_Show_A_Date_To_People_And_Keep_The_Iso_Date_For_Machines() =>
        Assert.Equal("<time datetime=\"2026-12-04\">4 December 2026</time>|<time datetime=\"2026-06\">June 2026</time>|", Render("{{ date page.a }}|{{ date page.b }}|{{ date page.none }}", new { a = "2026-12-04", b = "2026-06", none = (string?)null }));

    [Fact]
    public void Should_Put_A_Date_In_A_Sentence_And_Escape_The_Rest_Of_It() =>
        Assert.Equal("Updated on <time datetime=\"2026-12-04\">4 December 2026</time> by &lt;b&gt;", Render("{{ t \"said\" (date page.a) page.who }}", new { a = "2026-12-04", who = "<b>" }));

    [Fact]
    public void Should_Refuse_A_Date_That_Is_Not_Iso() =>
        Assert.Throws<ScriptRuntimeException>(() => Render("{{ date page.a }}", new { a = "4/12/2026" }));

    [Fact]
    public void Should_Separate_Thousands_In_A_Count() =>
        Assert.Equal("41,127 of 1,000,000", Render("{{ number page.a }} of {{ number page.b }}", new { a = 41_127, b = 1_000_000L }));

    private static string Render(string layout, object page)
    {
        using var theme = new TemporaryFolder();
        Write(theme, "i18n/en.yml", File.ReadAllText(Path.Combine(RepositoryPaths.Theme, "i18n", "en.yml")) + "\nsaid: \"Updated on {0} by {1}\"\n");
        Write(theme, "layouts/base.html", "{{ content }}");
        Write(theme, "layouts/page.html", layout);
        return Renderers.Of(theme.Path).Render("page", page);
    }

    private static void Write(TemporaryFolder folder, string path, string text)
    {
        var file = folder.Combine(path.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }
}
