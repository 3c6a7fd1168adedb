using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Portal.Rendering.Templates.Functions;

/// <summary>
/// <c>{{ isolate page.title }}</c>: text from the data where no element can go (the title, an attribute, an argument
/// of UI text), between the isolate characters.
/// </summary>
internal sealed class IsolateFunction() : TemplateFunction(1, 1, typeof(string))
{
    public const string Name = "isolate";

    protected override object? Invoke(TemplateContext context, SourceSpan caller, ScriptArray arguments) =>
        BidiIsolation.Characters(context.ObjectToString(arguments[0]));
}
