using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Portal.Rendering.Links;
using Portal.Rendering.Templates;

namespace Portal.Rendering.Markdown;

/// <summary>
/// Renders Markdown from the content folder and from description cells. Raw HTML is shown as text; links of
/// every syntax (inline, reference, autolink, bare, image) pass <see cref="SafeLink"/>, and an unsafe one is shown
/// as text or points nowhere; headings start below the page's h1 and get an id made from their text, so every
/// section can be linked to.
/// </summary>
public sealed class MarkdownRenderer
{
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
        foreach (var node in document.Descendants().ToList())
        {
            switch (node)
            {
                case HeadingBlock heading:
                    heading.Level = Math.Min(heading.Level + shift, 6);
                    break;
                case LinkInline link when !SafeLink.IsAllowed(link.GetDynamicUrl?.Invoke() ?? link.Url):
                    link.Url = "#";
                    link.GetDynamicUrl = null;
                    break;
                case AutolinkInline { IsEmail: false } autolink when !SafeLink.IsAllowed(autolink.Url):
                    autolink.ReplaceBy(new LiteralInline(autolink.Url));
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
    /// Why this Markdown cannot be rendered, or nothing. Markdig refuses a document nested past its depth limit
    /// (quotes in quotes, lists in lists, emphasis in emphasis) with an ArgumentException, while parsing or while
    /// rendering; <c>validate</c> and every build ask here first, so the build reports the cell instead of crashing.
    /// </summary>
    public string? Problem(string? markdown)
    {
        try
        {
            Render(markdown);
            return null;
        }
        catch (ArgumentException e) when (e.Source == typeof(Markdig.Markdown).Assembly.GetName().Name)
        {
            return $"the Markdown is nested too deeply: quotes, lists, emphasis and links may nest at most {_pipeline.MaximumNestingDepth} levels";
        }
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
}
