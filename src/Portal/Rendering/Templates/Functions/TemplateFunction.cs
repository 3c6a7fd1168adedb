using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Portal.Rendering.Templates.Functions;

/// <summary>
/// A function templates call, invoked directly. Scriban calls an imported delegate through reflection, which
/// a profile of a national-scale build showed costing a sixth of the render time; these are called as code.
/// </summary>
internal abstract class TemplateFunction(int required, int parameters, Type returns) : IScriptCustomFunction
{
    public int RequiredParameterCount => required;

    public int ParameterCount => parameters;

    public virtual ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => returns;

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), $"argument{index}");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        if (arguments.Count < required)
        {
            throw new ScriptRuntimeException(span, $"this function needs {required} argument(s), not {arguments.Count}");
        }

        return Invoke(context, span, arguments);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    protected abstract object? Invoke(TemplateContext context, SourceSpan caller, ScriptArray arguments);

    protected static string Text(TemplateContext context, SourceSpan caller, object? value) =>
        context.ObjectToString(value) ?? throw new ScriptRuntimeException(caller, "expected text, found nothing");
}
