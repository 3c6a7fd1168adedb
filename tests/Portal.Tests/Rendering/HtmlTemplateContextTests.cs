using Portal.Rendering.Templates;
using Scriban;
using Scriban.Runtime;

namespace Portal.Tests.Rendering;

public sealed class HtmlTemplateContextTests
{
    [Fact]
    public void Should_Escape_Every_Value_A_Template_Writes()
    {
        var html = Render("<p title=\"{{ value }}\">{{ value }}</p>", "<script>alert('x')</script> & \"q\"");

        Assert.Equal("<p title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;</p>", html);
    }

    [Fact]
    public void Should_Write_Raw_Html_Unescaped()
    {
        Assert.Equal("<b>bold</b>", Render("{{ value }}", new RawHtml("<b>bold</b>")));
    }

    [Fact]
    public void Should_Leave_The_Template_Text_Itself_Alone()
    {
        Assert.Equal("<em>3</em>", Render("<em>{{ value }}</em>", 3));
    }

    [Fact]
    public void Should_Loop_Past_Scribans_Default_Limit_Of_1000_Iterations()
    {
        var html = Render("{{ for i in 1..1500 }}.{{ end }}", 0);

        Assert.Equal(1500, html.Length);
    }

    [Fact]
    public void Should_Write_More_Than_A_Megabyte_A_Render_Without_Cutting_It()
    {
        var html = Render("{{ for i in 1..3000 }}{{ value }}{{ end }}", new string('x', 500));

        Assert.Equal(1_500_000, html.Length);
        Assert.DoesNotContain("...", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Keep_Non_Ascii_Letters_As_They_Are()
    {
        Assert.Equal("Ipê Dourado — São Paulo", Render("{{ value }}", "Ipê Dourado — São Paulo"));
    }

    [Fact]
    public void Should_Fail_On_A_Member_The_Value_Does_Not_Have()
    {
        var error = Assert.Throws<Scriban.Syntax.ScriptRuntimeException>(() => Render("{{ value.tittle }}", new Uri("https://example.org")));

        Assert.Contains("'tittle' is not a member", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Fail_On_A_Variable_That_Is_Not_Defined()
    {
        Assert.Throws<Scriban.Syntax.ScriptRuntimeException>(() => Render("{{ undefined_thing }}", 0));
    }

    private static string Render(string template, object value)
    {
        var context = new HtmlTemplateContext();
        context.PushGlobal(new ScriptObject { ["value"] = value });
        return Template.Parse(template).Render(context);
    }
}
