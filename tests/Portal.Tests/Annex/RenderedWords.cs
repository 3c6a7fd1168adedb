using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using Portal.Domain.Reporting.Annex;

namespace Portal.Tests.Annex;

/// <summary>
/// The text a reader of each format sees, to count as the UN counts: the DOCX's body and footnotes (not the field
/// codes, not the footer, which Word's count leaves out), the HTML's body as a browser gives its text, and the
/// Markdown as plain text once rendered.
/// </summary>
internal static class RenderedWords
{
    public static string DocxText(byte[] docx)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        var main = package.MainDocumentPart!;
        var body = main.Document!.Body!.Descendants<Paragraph>().Select(ParagraphText);
        var notes = main.FootnotesPart!.Footnotes!.Elements<Footnote>().Where(f => f.Id! > 0).SelectMany(f => f.Descendants<Paragraph>()).Select(ParagraphText);
        return string.Join('\n', body.Concat(notes));
    }

    public static string HtmlText(byte[] html) =>
        new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(html)).Body!.TextContent;

    public static string MarkdownText(byte[] markdown) =>
        Markdown.ToPlainText(System.Text.Encoding.UTF8.GetString(markdown), new MarkdownPipelineBuilder().UseFootnotes().Build());

    public static int Count(string text) => WordCount.Of(text);

    private static string ParagraphText(Paragraph paragraph) => string.Concat(paragraph.Descendants<Text>().Select(t => t.Text));
}
