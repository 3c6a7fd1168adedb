using Portal.Rendering.StructuredData;
using Portal.Rendering.Views;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Portal.Rendering.Templates.Functions;

/// <summary><c>{{ json_ld page }}</c>: the page's schema.org data, as a script block safe in HTML.</summary>
internal sealed class JsonLdFunction(SiteView site) : TemplateFunction(1, 1, typeof(RawHtml))
{
    protected override object? Invoke(TemplateContext context, SourceSpan caller, ScriptArray arguments) =>
        arguments[0] is { } page ? StructuredDataWriter.For(page, site) : RawHtml.Empty;
}
