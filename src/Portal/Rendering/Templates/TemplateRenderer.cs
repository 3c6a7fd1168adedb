using Portal.Rendering.StructuredData;
using Portal.Rendering.Theme;
using Portal.Rendering.Views;
using Scriban;
using Scriban.Runtime;

namespace Portal.Rendering.Templates;

/// <summary>
/// Renders a page: its layout first, then <c>base.html</c> around it. Templates are parsed once by the
/// theme; each render gets a fresh context, so pages render in parallel safely.
/// </summary>
internal sealed class TemplateRenderer
{
    public const string BaseLayout = "base";
    private readonly ThemeFolder _theme;
    private readonly ScriptObject _functions;

    public TemplateRenderer(ThemeFolder theme, UrlBuilder urls, object site)
    {
        _theme = theme;
        _functions = new ScriptObject();
        var functions = new TemplateFunctions(theme);
        _functions.Import("t", new Func<string, object?[], string>(functions.Translate));
        _functions.Import("url", new Func<string, string>(urls.Path));
        _functions.Import("partial", new Func<TemplateContext, string, object?, RawHtml>(functions.Partial));
        _functions.Import("json_ld", new Func<object, RawHtml>(page => site is SiteView siteView ? StructuredDataWriter.For(page, siteView) : RawHtml.Empty));

        _functions.SetValue("site", site, readOnly: true);
    }

    public string StringsFile => _theme.Strings.File;

    public string Render(string layout, object page)
    {
        var body = RenderTemplate(_theme.Layout(layout), page, content: null);
        return RenderTemplate(_theme.Layout(BaseLayout), page, new RawHtml(body));
    }

    private string RenderTemplate(Template template, object page, RawHtml? content)
    {
        var context = new HtmlTemplateContext();
        context.PushGlobal(_functions);
        var locals = new ScriptObject { ["page"] = page, ["content"] = content };
        context.PushGlobal(locals);
        return template.Render(context);
    }
}
