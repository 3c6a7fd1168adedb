using Portal.Domain.Model;
using Portal.Rendering.Formatting;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Portal.Rendering.Templates.Functions;

/// <summary>
/// <c>{{ date page.due }}</c>: an ISO date (2026-12-04, 2026-06 or 2027) as people read it, in a
/// <c>&lt;time datetime&gt;</c> that keeps the ISO date for machines. Nothing for no date.
/// </summary>
internal sealed class DateFunction(DateFormatter dates) : TemplateFunction(1, 1, typeof(RawHtml))
{
    public const string Name = "date";

    protected override object? Invoke(TemplateContext context, SourceSpan caller, ScriptArray arguments)
    {
        var iso = context.ObjectToString(arguments[0]);
        if (string.IsNullOrEmpty(iso))
        {
            return RawHtml.Empty;
        }

        if (!PartialDate.TryParse(iso, out var date))
        {
            throw new ScriptRuntimeException(caller, $"'{iso}' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }

        return new RawHtml($"<time datetime=\"{Html.Escape(date.ToString())}\">{Html.Escape(dates.Text(date))}</time>");
    }
}
