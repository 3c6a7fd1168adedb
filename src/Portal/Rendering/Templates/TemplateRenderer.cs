using System.Collections.Concurrent;
using Portal.Rendering.Formatting;
using Portal.Rendering.Templates.Functions;
using Portal.Rendering.Theme;
using Portal.Rendering.Views;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Portal.Rendering.Templates;

/// <summary>
/// Renders a page: its layout first, then <c>base.html</c> around it. Templates are parsed once by the
/// theme; each render has a context of its own, so pages render in parallel safely.
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
        _partials = new PartialFunction(theme, IsShared);
        _functions = new ScriptObject
        {
            ["t"] = new TranslateFunction(theme.Strings),
            ["url"] = new UrlFunction(urls),
            [PartialFunction.Name] = _partials,
            ["json_ld"] = new JsonLdFunction(site),
            [BdiFunction.Name] = new BdiFunction(),
            [IsolateFunction.Name] = new IsolateFunction(),
            [DateFunction.Name] = new DateFunction(new DateFormatter(theme.Strings)),
            [NumberFunction.Name] = new NumberFunction(),
            ["site"] = site,
        };
        PageIndependentGlobals = PageIndependentGlobalsOf(_functions);
        SharedPartialNames = SharedPartials.Of(theme.Partials, PageIndependentGlobals);
    }

    /// <summary>
    /// What reads the same on every page: the functions and site registered here, a partial's model, Scriban's
    /// built-in functions and its loop variables. Taken from where they are registered, so a new function
    /// cannot leave a stale copy behind.
    /// </summary>
    public IReadOnlySet<string> PageIndependentGlobals { get; }

    /// <summary>The partials whose HTML depends on their model alone; see <see cref="SharedPartials"/>.</summary>
    public IReadOnlySet<string> SharedPartialNames { get; }

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
    /// .NET type it meets, which a profile showed costing more than the rendering itself. A render that throws
    /// leaves its partial output (and whatever scopes it had open) in the context, so only a context whose render
    /// succeeded goes back to the pool; the next page would otherwise start with the failed page's HTML.
    /// </summary>
    private string RenderTemplate(Template template, object page, RawHtml? content)
    {
        var context = _contexts.TryTake(out var pooled) ? pooled : new HtmlTemplateContext();
        context.PushGlobal(_functions);
        context.PushGlobal(new ScriptObject(2) { ["page"] = page, ["content"] = content });
        var html = template.Render(context);
        context.PopGlobal();
        context.PopGlobal();
        _contexts.Add(context);
        return html;
    }

    private bool IsShared(string partial) => SharedPartialNames.Contains(partial);

    private static HashSet<string> PageIndependentGlobalsOf(ScriptObject functions) =>
        functions.Keys
            .Concat(new BuiltinFunctions().Keys)
            .Append(PartialFunction.ModelVariable)
            .Append(ScriptVariable.ForObject.Name)
            .Append(ScriptVariable.WhileObject.Name)
            .Append(ScriptVariable.TablerowObject.Name)
            .ToHashSet(StringComparer.Ordinal);
}
