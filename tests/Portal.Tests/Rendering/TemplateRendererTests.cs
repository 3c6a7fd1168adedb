using Portal.Tests.Pipeline;
using Portal.Tests.Support;
using Scriban.Syntax;

namespace Portal.Tests.Rendering;

public sealed class TemplateRendererTests
{
    [Fact]
    public void Should_Not_Start_A_Page_With_The_Html_Of_A_Page_Whose_Render_Failed()
    {
        using var theme = new TemporaryFolder();
        Write(theme, "i18n/en.yml", "greeting: Hello\n");
        Write(theme, "layouts/base.html", "{{ content }}");
        Write(theme, "layouts/page.html", "<p>{{ page.title }}</p>{{ if page.fails }}{{ page.missing }}{{ end }}");
        var renderer = Renderers.Of(theme.Path);

        Assert.Throws<ScriptRuntimeException>(() => renderer.Render("page", new { title = "broken", fails = true }));
        var html = renderer.Render("page", new { title = "fine", fails = false });

        Assert.Equal("<p>fine</p>", html);
    }

    private static void Write(TemporaryFolder folder, string path, string text)
    {
        var file = folder.Combine(path.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }
}
