using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Portal.Rendering.Templates.Functions;

/// <summary><c>{{ url "/assets/portal.css" }}</c>: a site path as a link under the base path.</summary>
internal sealed class UrlFunction(UrlBuilder urls) : TemplateFunction(1, 1, typeof(string))
{
    protected override object? Invoke(TemplateContext context, SourceSpan caller, ScriptArray arguments) =>
        urls.Path(Text(context, caller, arguments[0]));
}
