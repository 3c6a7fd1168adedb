using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace Portal.Importing.Reading.Uhri;

/// <summary>
/// Turns the HTML of UHRI's JSON texts into plain text with AngleSharp's tokenizer: tags dropped, entities
/// decoded, each paragraph, line break and list item on a line of its own. No tree is built, so the time is
/// linear in the length of the HTML however it nests; nesting deeper than <see cref="ImportLimits.MaxHtmlDepth"/>
/// is refused all the same, as no real text needs it.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "tr", "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
    };

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    private static readonly Dictionary<string, HtmlParseMode> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        ["script"] = HtmlParseMode.Script,
        ["style"] = HtmlParseMode.Rawtext,
        ["template"] = HtmlParseMode.PCData,
    };

    /// <summary>The text of the HTML; null when its elements nest deeper than <see cref="ImportLimits.MaxHtmlDepth"/>.</summary>
    public static string? ToPlainText(string html)
    {
        if (!html.Contains('<', StringComparison.Ordinal) && !html.Contains('&', StringComparison.Ordinal))
        {
            return html;
        }

        var text = TextOf(html);
        if (text is null)
        {
            return null;
        }

        var lines = text
            .Split('\n')
            .Select(line => string.Join(' ', line.Split((char[])[' ', '\t', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0);
        return string.Join('\n', lines);
    }

    private static string? TextOf(string html)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver);
        var builder = new StringBuilder(html.Length);
        var depth = 0;
        string? skipping = null;
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token.Type == HtmlTokenType.Character && skipping is null)
            {
                builder.Append(token.Data.Replace('\n', ' '));
            }
            else if (token.Type == HtmlTokenType.StartTag)
            {
                var tag = token.AsTag();
                if (!tag.IsSelfClosing && !VoidElements.Contains(tag.Name) && ++depth > ImportLimits.MaxHtmlDepth)
                {
                    return null;
                }

                if (skipping is null && SkippedElements.TryGetValue(tag.Name, out var mode))
                {
                    skipping = tag.Name;
                    tokenizer.State = mode;
                }

                AppendBreak(tag.Name, builder);
            }
            else if (token.Type == HtmlTokenType.EndTag)
            {
                depth = Math.Max(0, depth - 1);
                skipping = string.Equals(skipping, token.Name, StringComparison.OrdinalIgnoreCase) ? null : skipping;
                AppendBreak(token.Name, builder);
            }
        }

        return builder.ToString();
    }

    private static void AppendBreak(string element, StringBuilder builder)
    {
        if (BlockElements.Contains(element))
        {
            builder.Append('\n');
        }
    }
}
