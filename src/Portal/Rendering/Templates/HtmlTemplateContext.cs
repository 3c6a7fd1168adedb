using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Portal.Rendering.Templates;

/// <summary>
/// A Scriban context that escapes every value a template writes, unless it is <see cref="RawHtml"/>.
/// Scriban escapes nothing by default; escaping by default means a forgotten filter cannot open a hole.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext()
    {
        // Scriban stops loops at 1,000 iterations by default; a country can have far more recommendations.
        LoopLimit = 0;

        // Scriban also cuts strings past 1 MB a render, silently, with "...": a long list page would lose its end.
        // Templates are the theme's own, not user input, so no limit; and should one apply, fail loudly.
        LimitToString = 0;
        OnStringLimit = ScriptLimitBehavior.Throw;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        RecursiveLimit = 64;

        // Scriban re-indents a multi-line value by the column its tag stands at. HTML needs no indentation, and
        // without it a partial's HTML is the same wherever it is called, so it can be rendered once and shared.
        AutoIndent = false;
        StrictVariables = true;
        PushCulture(CultureInfo.InvariantCulture);

        // StrictVariables catches a misspelt variable, not a misspelt member: make that an error too.
        TryGetMember = (TemplateContext _, SourceSpan span, object target, string member, out object? value) =>
            throw new ScriptRuntimeException(span, $"'{member}' is not a member of {target.GetType().Name}");
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        RawHtml raw => Write(raw.Html),
        _ => Write(Html.Escape(ObjectToString(textAsObject) ?? string.Empty)),
    };
}
