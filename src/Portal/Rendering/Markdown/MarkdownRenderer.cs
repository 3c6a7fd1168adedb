using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Portal.Rendering.Templates;

namespace Portal.Rendering.Markdown;

/// <summary>
/// Renders Markdown from the content folder and from description cells. Raw HTML is shown as text, links
/// may only use http, https, mailto or a relative address, and headings start below the page's h1 and get an
/// id made from their text, so every section can be linked to.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();

    public RawHtml Render(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return RawHtml.Empty;
        }

        var document = Markdig.Markdown.Parse(markdown, _pipeline);

        // The page's title is its h1; a document that repeats it as its first heading would show it twice.
        if (document.Count > 0 && document[0] is HeadingBlock { Level: 1 })
        {
            document.RemoveAt(0);
        }

        var shift = HeadingShift(document);
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading:
                    heading.Level = Math.Min(heading.Level + shift, 6);
                    break;
                case LinkInline link when !IsSafe(link.Url):
                    link.Url = "#";
                    break;
                case TableRow { IsHeader: true } row:
                    foreach (var cell in row)
                    {
                        cell.GetAttributes().AddPropertyIfNotExist("scope", "col");
                    }

                    break;
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        string? lastHeadingId = null;
        foreach (var block in document)
        {
            lastHeadingId = block is HeadingBlock heading ? heading.GetAttributes().Id : lastHeadingId;
            if (block is Table)
            {
                WriteScrollableTable(writer, renderer, block, lastHeadingId);
            }
            else
            {
                renderer.Render(block);
            }
        }

        return new RawHtml(writer.ToString());
    }

    /// <summary>
    /// A wide table scrolls inside its own box rather than widening the page. The box can take focus, so it can be
    /// scrolled by keyboard; box and table are named by the heading above the table, as Markdown has no captions.
    /// </summary>
    private static void WriteScrollableTable(StringWriter writer, HtmlRenderer renderer, Block table, string? headingId)
    {
        if (headingId is null)
        {
            writer.Write("<div class=\"table-wrap\">");
        }
        else
        {
            writer.Write($"<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"{Html.Escape(headingId)}\">");
            table.GetAttributes().AddPropertyIfNotExist("aria-labelledby", headingId);
        }

        renderer.Render(table);
        writer.Write("</div>");
    }

    /// <summary>How far to move headings down so the highest of them is an h2, under the page's own h1.</summary>
    private static int HeadingShift(MarkdownDocument document)
    {
        var levels = document.Descendants<HeadingBlock>().Select(h => h.Level).ToList();
        return levels.Count == 0 ? 0 : Math.Max(0, 2 - levels.Min());
    }

    /// <summary>Relative addresses and the safe schemes pass; <c>javascript:</c>, <c>data:</c> and the rest do not.</summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        var trimmed = new string([.. url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
        var colon = trimmed.IndexOf(':');
        if (colon < 0 || trimmed.IndexOfAny(['/', '?', '#']) is var stop && stop >= 0 && stop < colon)
        {
            return true;
        }

        return SafeSchemes.Contains(trimmed[..colon], StringComparer.OrdinalIgnoreCase);
    }
}
