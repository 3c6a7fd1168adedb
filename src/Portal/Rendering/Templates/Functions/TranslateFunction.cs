using Portal.Rendering.Theme;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Portal.Rendering.Templates.Functions;

/// <summary><c>{{ t "city.commitments" count }}</c>: UI text from the theme's language file, with {0}, {1} filled in.</summary>
internal sealed class TranslateFunction(UiStrings strings) : TemplateFunction(1, 1, typeof(string))
{
    public override ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    protected override object? Invoke(TemplateContext context, SourceSpan caller, ScriptArray arguments)
    {
        var key = Text(context, caller, arguments[0]);
        try
        {
            return arguments.Count == 1 ? strings[key] : strings.Format(key, [.. arguments.Skip(1)]);
        }
        catch (MissingUiStringException e)
        {
            throw new ScriptRuntimeException(caller, e.Message);
        }
    }
}
