using System.Globalization;
using Scriban;
using Scriban.Parsing;

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
        RecursiveLimit = 64;
        StrictVariables = true;
        PushCulture(CultureInfo.InvariantCulture);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        RawHtml raw => Write(raw.Html),
        _ => Write(Html.Escape(ObjectToString(textAsObject) ?? string.Empty)),
    };
}
