using System.Text;
using Portal.Domain.Reporting.Annex;
using Portal.Rendering.Templates;

namespace Portal.Annex;

/// <summary>
/// The annex as one standalone HTML file, for the site and for print: its own style sheet (with @media print: A4
/// margins, headings kept with what follows, no link colours), no script, no request to anything else, and a
/// Content-Security-Policy that allows none. On the site the style is a file of its own (<see cref="AnnexMetadata.StyleSheet"/>),
/// because the site's policy header allows no inline style. Every value is escaped, and city names are isolated for bidirectional
/// text. The footnotes follow the text under a rule, as on a printed page, so the HTML holds the same words as the DOCX.
/// </summary>
internal sealed partial class HtmlAnnexWriter : IAnnexWriter
{
    public const string Style = """
        :root{color-scheme:light;font-family:"Times New Roman",Times,serif;line-height:1.45;color:#111;background:#fff}
        body{margin:0 auto;max-width:46rem;padding:1.5rem 1rem 3rem}
        h1{font-size:1.6rem;margin:0 0 .25rem}
        .subtitle{font-style:italic;margin:0 0 1.5rem}
        h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:1px solid #999}
        h3{font-size:1.15rem;margin:1.5rem 0 .5rem}
        h4{font-size:1rem;margin:1.25rem 0 .25rem}
        blockquote{margin:.25rem 0 .5rem 1.5rem;font-style:italic}
        ul.entries{margin:.25rem 0 1rem;padding-left:1.5rem}
        ul.entries li{margin:.25rem 0;overflow-wrap:anywhere}
        dl{margin:.5rem 0 1rem}dt{font-weight:bold}dd{margin:0 0 .5rem 1.5rem}
        nav ol{padding-left:1.25rem}nav ol ol{padding-left:1rem}
        .footnotes{border-top:1px solid #999;margin-top:2rem;padding-top:.5rem;font-size:.9rem;overflow-wrap:anywhere}
        sup{line-height:0}
        a{color:#0645ad}
        @media print{
          @page{size:A4;margin:2cm 2cm 2.5cm}
          :root{font-size:11pt}
          body{max-width:none;padding:0}
          a{color:inherit;text-decoration:none}
          h2,h3,h4{break-after:avoid}
          blockquote,li{break-inside:avoid}
          nav{break-after:page}
        }
        """;

    public void Write(AnnexDocument document, AnnexMetadata metadata, Stream stream)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html>\n<html lang=\"").Append(Html.Escape(metadata.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(Html.Escape(Policy(metadata))).Append("\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Html.Escape(document.Title)).Append(" (").Append(Html.Escape(document.Subtitle)).Append(")</title>\n")
            .Append(metadata.StyleSheet is { } href ? $"<link rel=\"stylesheet\" href=\"{Html.Escape(href)}\">\n" : $"<style>\n{Style}\n</style>\n")
            .Append("</head>\n<body>\n<main>\n");
        html.Append("<h1>").Append(Html.Escape(document.Title)).Append("</h1>\n");
        html.Append("<p class=\"subtitle\">").Append(Html.Escape(document.Subtitle)).Append("</p>\n");
        Contents(html, document);
        Part(html, document.Introduction);
        Part(html, document.Method);
        html.Append("<h2 id=\"").Append(AnnexAnchors.Findings).Append("\">").Append(Html.Escape(document.FindingsHeading)).Append("</h2>\n");
        var footnotes = new List<string>();
        foreach (var section in document.Sections)
        {
            html.Append("<h3 id=\"").Append(Html.Escape(section.Anchor)).Append("\">").Append(Html.Escape(section.Heading)).Append("</h3>\n");
            foreach (var recommendation in section.Recommendations)
            {
                html.Append("<h4 id=\"").Append(Html.Escape(recommendation.Anchor)).Append("\">").Append(Html.Escape(recommendation.Citation)).Append("</h4>\n");
                html.Append("<blockquote><p>").Append(Html.Escape(recommendation.Text)).Append("</p></blockquote>\n<ul class=\"entries\">\n");
                foreach (var entry in recommendation.Entries)
                {
                    footnotes.Add(entry.Footnote);
                    var n = footnotes.Count;
                    html.Append("<li class=\"verdict-").Append(Html.Escape(entry.VerdictWord)).Append("\"><strong>")
                        .Append(Html.Escape(BidiIsolation.Characters(entry.Lead))).Append("</strong> ").Append(Html.Escape(entry.Body))
                        .Append("<sup><a href=\"#fn-").Append(n).Append("\" id=\"ref-").Append(n).Append("\">").Append(n).Append("</a></sup></li>\n");
                }

                html.Append("</ul>\n");
            }
        }

        if (document.Closing is { } closing)
        {
            Part(html, closing);
        }

        html.Append("<section class=\"footnotes\" aria-label=\"").Append(Html.Escape(metadata.FootnotesLabel)).Append("\">\n<ol>\n");
        for (var i = 0; i < footnotes.Count; i++)
        {
            html.Append("<li id=\"fn-").Append(i + 1).Append("\">").Append(Linked(footnotes[i])).Append("</li>\n");
        }

        html.Append("</ol>\n</section>\n</main>\n</body>\n</html>\n");
        stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(html.ToString()));
    }

    /// <summary>
    /// The site's own policy on the site, where the style is a file of the site; a standalone file allows only its
    /// inline style.
    /// </summary>
    private static string Policy(AnnexMetadata metadata) =>
        metadata.StyleSheet is null ? "default-src 'none'; style-src 'unsafe-inline'" : Rendering.PageSecurityPolicy.ContentSecurityPolicy;

    /// <summary>A footnote with its addresses as links, so a reader of the HTML can follow the source.</summary>
    private static string Linked(string footnote) =>
        string.Join(' ', footnote.Split(' ').Select(word => Address().Match(word) is { Success: true } m
            ? $"<a class=\"url\" href=\"{Html.Escape(m.Groups["address"].Value)}\">{Html.Escape(m.Groups["address"].Value)}</a>{Html.Escape(m.Groups["end"].Value)}"
            : Html.Escape(word)));

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<address>(?:https?://|/)\S*?)(?<end>[.,;]?)$")]
    private static partial System.Text.RegularExpressions.Regex Address();

    /// <summary>The contents as nested lists of links to the headings, as the DOCX's table of contents lists them.</summary>
    private static void Contents(StringBuilder html, AnnexDocument document)
    {
        html.Append("<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">").Append(Html.Escape(document.ContentsHeading)).Append("</h2>\n<ol>\n");
        var level = 1;
        var first = true;
        foreach (var heading in document.Headings())
        {
            if (heading.Level > level)
            {
                html.Append("\n<ol>\n");
            }
            else
            {
                for (; level > heading.Level; level--)
                {
                    html.Append("</li>\n</ol>\n");
                }

                if (!first)
                {
                    html.Append("</li>\n");
                }
            }

            level = heading.Level;
            first = false;
            html.Append("<li><a href=\"#").Append(Html.Escape(heading.Anchor)).Append("\">").Append(Html.Escape(heading.Text)).Append("</a>");
        }

        for (; level > 1; level--)
        {
            html.Append("</li>\n</ol>\n");
        }

        html.Append("</li>\n</ol>\n</nav>\n");
    }

    private static void Part(StringBuilder html, AnnexPart part)
    {
        html.Append("<h2 id=\"").Append(Html.Escape(part.Anchor)).Append("\">").Append(Html.Escape(part.Heading)).Append("</h2>\n");
        foreach (var paragraph in part.Paragraphs)
        {
            html.Append("<p>").Append(Html.Escape(paragraph)).Append("</p>\n");
        }

        if (part.Definitions.Count > 0)
        {
            html.Append("<dl>\n");
            foreach (var definition in part.Definitions)
            {
                html.Append("<dt>").Append(Html.Escape(definition.Term)).Append("</dt>\n<dd>").Append(Html.Escape(definition.Definition)).Append("</dd>\n");
            }

            html.Append("</dl>\n");
        }

        foreach (var paragraph in part.After)
        {
            html.Append("<p>").Append(Html.Escape(paragraph)).Append("</p>\n");
        }
    }
}
