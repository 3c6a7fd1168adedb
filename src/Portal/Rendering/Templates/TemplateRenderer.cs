using System.Collections.Concurrent;
using Portal.Rendering.Templates.Functions;
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
    private readonly PartialFunction _partials;
    private readonly ConcurrentBag<HtmlTemplateContext> _contexts = [];

    public TemplateRenderer(ThemeFolder theme, UrlBuilder urls, SiteView site)
    {
        _theme = theme;
        _partials = new PartialFunction(theme);
        _functions = new ScriptObject
        {
            ["t"] = new TranslateFunction(theme.Strings),
            ["url"] = new UrlFunction(urls),
            ["partial"] = _partials,
            ["json_ld"] = new JsonLdFunction(site),
            ["site"] = site,
        };
    }

    public string StringsFile => _theme.Strings.File;

    /// <summary>Keeps the HTML a previous build rendered for views this build takes over; see <see cref="ViewFactory.TakeOver"/>.</summary>
    public void TakeOver(TemplateRenderer previous, IReadOnlyList<ISharedView> views) => _partials.TakeOver(previous._partials, views);

    public string Render(string layout, object page)
    {
        var body = RenderTemplate(_theme.Layout(layout), page, content: null);
        return RenderTemplate(_theme.Layout(BaseLayout), page, new RawHtml(body));
    }

    /// <summary>
    /// Contexts are reused: a new one clones Scriban's built-in functions and rebuilds its accessors for every
    /// .NET type it meets, which a profile showed costing more than the rendering itself.
    /// </summary>
    private string RenderTemplate(Template template, object page, RawHtml? content)
    {
        var context = _contexts.TryTake(out var pooled) ? pooled : new HtmlTemplateContext();
        context.PushGlobal(_functions);
        context.PushGlobal(new ScriptObject(2) { ["page"] = page, ["content"] = content });
        try
        {
            return template.Render(context);
        }
        finally
        {
            context.PopGlobal();
            context.PopGlobal();
            _contexts.Add(context);
        }
    }
}
