using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Portal.Importing.Uhri;

/// <summary>
/// Turns the HTML of UHRI's JSON texts into plain text with AngleSharp: tags dropped, entities decoded,
/// each paragraph, line break and list item on a line of its own.
/// </summary>
internal static class HtmlText
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "tr", "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
    };

    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "template" };

    public static string ToPlainText(string html)
    {
        if (!html.Contains('<', StringComparison.Ordinal) && !html.Contains('&', StringComparison.Ordinal))
        {
            return html;
        }

        using var document = Parser.ParseDocument(html);
        var builder = new StringBuilder(html.Length);
        if (document.Body is { } body)
        {
            Append(body, builder);
        }

        var lines = builder.ToString()
            .Split('\n')
            .Select(line => string.Join(' ', line.Split((char[])[' ', '\t', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0);
        return string.Join('\n', lines);
    }

    private static void Append(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType == NodeType.Text)
            {
                builder.Append(child.TextContent.Replace('\n', ' '));
                continue;
            }

            if (child is not IElement element || SkippedElements.Contains(element.LocalName))
            {
                continue;
            }

            var block = BlockElements.Contains(element.LocalName);
            if (block)
            {
                builder.Append('\n');
            }

            Append(element, builder);
            if (block)
            {
                builder.Append('\n');
            }
        }
    }
}
