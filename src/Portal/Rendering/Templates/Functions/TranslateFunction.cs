using Portal.Rendering.Theme;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Portal.Rendering.Templates.Functions;

/// <summary>
/// <c>{{ t "city.commitments" count }}</c>: UI text from the theme's language file, with {0}, {1} filled in.
/// When an argument is markup the build made (<c>{{ t "layout.last-updated" (date updated) }}</c>, a
/// <c>&lt;time&gt;</c>), the text and the other arguments are escaped here and the markup kept, so a date can sit
/// inside a sentence.
/// </summary>
internal sealed class TranslateFunction(UiStrings strings) : TemplateFunction(1, 1, typeof(object))
{
    public override ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    protected override object? Invoke(TemplateContext context, SourceSpan caller, ScriptArray arguments)
    {
        var key = Text(context, caller, arguments[0]);
        try
        {
            var values = arguments.Skip(1).ToArray();
            return values.Length switch
            {
                0 => strings[key],
                _ when values.Any(v => v is RawHtml) => WithMarkup(context, key, values),
                _ => strings.Format(key, values),
            };
        }
        catch (MissingUiStringException e)
        {
            throw new ScriptRuntimeException(caller, e.Message);
        }
    }

    private RawHtml WithMarkup(TemplateContext context, string key, object?[] values)
    {
        var escaped = Html.Escape(strings[key]);
        var html = values.Select(v => v is RawHtml raw ? raw.Html : Html.Escape(context.ObjectToString(v) ?? string.Empty)).ToArray<object?>();
        return new RawHtml(string.Format(System.Globalization.CultureInfo.InvariantCulture, escaped, html));
    }
}
