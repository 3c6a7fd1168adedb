using Portal.Rendering.Theme;
using Scriban;
using Scriban.Runtime;

namespace Portal.Rendering.Templates;

/// <summary>
/// The functions templates call: <c>t</c> for UI text, <c>url</c> for links, <c>partial</c> for shared pieces
/// (and, registered by <see cref="TemplateRenderer"/>, <c>json_ld</c> for a page's schema.org data).
/// </summary>
internal sealed class TemplateFunctions(ThemeFolder theme)
{
    /// <summary><c>{{ t "city.commitments" count }}</c>: UI text, with {0}, {1} filled from the arguments.</summary>
    public string Translate(string key, params object?[] args) =>
        args.Length == 0 ? theme.Strings[key] : theme.Strings.Format(key, args);

    /// <summary>
    /// <c>{{ partial "progress-bar" item }}</c>: renders theme/partials/progress-bar.html with <c>model</c> set.
    /// Scriban's own include returns a plain string, which the escaping context would escape again.
    /// </summary>
    public RawHtml Partial(TemplateContext context, string name, object? model)
    {
        var template = theme.Partial(name);
        context.PushGlobal(new ScriptObject { ["model"] = model });
        context.PushOutput();
        try
        {
            return new RawHtml(template.Render(context));
        }
        finally
        {
            context.PopOutput();
            context.PopGlobal();
        }
    }
}
