using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Portal.Rendering.Templates.Functions;

/// <summary>
/// <c>{{ number page.total }}</c>: a count or figure shown to people, with the same separators as every other
/// number on the site (41,127). Not for ids, years, paragraph or row numbers, which are written as they are.
/// </summary>
internal sealed class NumberFunction() : TemplateFunction(1, 1, typeof(string))
{
    public const string Name = "number";

    protected override object? Invoke(TemplateContext context, SourceSpan caller, ScriptArray arguments) => arguments[0] switch
    {
        null => string.Empty,
        IConvertible value when value is not string and not bool => Format.Number(value.ToDouble(CultureInfo.InvariantCulture)),
        var other => throw new ScriptRuntimeException(caller, $"expected a number, found '{context.ObjectToString(other)}'"),
    };
}
