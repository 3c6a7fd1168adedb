using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Portal.Rendering.Templates.Functions;

/// <summary><c>{{ bdi city.name }}</c>: text from the data in element content, isolated for bidirectional text.</summary>
internal sealed class BdiFunction() : TemplateFunction(1, 1, typeof(RawHtml))
{
    public const string Name = "bdi";

    protected override object? Invoke(TemplateContext context, SourceSpan caller, ScriptArray arguments) =>
        BidiIsolation.Element(context.ObjectToString(arguments[0]));
}
