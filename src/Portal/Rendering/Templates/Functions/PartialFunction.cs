using Portal.Rendering.Theme;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Portal.Rendering.Templates.Functions;

/// <summary>
/// <c>{{ partial "progress-bar" item }}</c>: renders theme/partials/progress-bar.html with <c>model</c> set to the
/// second argument. Scriban's own include returns a plain string, which the escaping context would escape again.
/// </summary>
internal sealed class PartialFunction(ThemeFolder theme) : TemplateFunction(1, 2, typeof(RawHtml))
{
    protected override object? Invoke(TemplateContext context, SourceSpan caller, ScriptArray arguments)
    {
        var name = Text(context, caller, arguments[0]);
        if (!theme.HasPartial(name))
        {
            throw new ScriptRuntimeException(caller, $"the theme has no partial '{name}.html'");
        }

        var scope = new ScriptObject(1) { ["model"] = arguments.Count > 1 ? arguments[1] : null };
        context.PushGlobal(scope);
        context.PushOutput();
        try
        {
            return new RawHtml(theme.Partial(name).Render(context));
        }
        finally
        {
            context.PopOutput();
            context.PopGlobal();
        }
    }
}
