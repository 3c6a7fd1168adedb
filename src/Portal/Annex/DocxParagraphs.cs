using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Portal.Domain.Reporting.Annex;

namespace Portal.Annex;

/// <summary>The annex's paragraphs in Word: a styled paragraph, an entry with its footnote reference, a definition.</summary>
internal static class DocxParagraphs
{
    public static Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), TextRun(text));

    /// <summary>"Valdeserra:" in bold, then the entry, then the number of its footnote.</summary>
    public static Paragraph Entry(AnnexEntry entry, long footnote) => new(
        new ParagraphProperties(new ParagraphStyleId { Val = "ListParagraph" }),
        TextRun(entry.Lead, bold: true),
        TextRun(" " + entry.Body),
        new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new FootnoteReference { Id = footnote }));

    public static Paragraph Definition(AnnexDefinition definition) => new(
        new ParagraphProperties(new ParagraphStyleId { Val = "ListParagraph" }),
        TextRun(definition.Term, bold: true),
        TextRun(" " + definition.Definition));

    /// <summary>A run of text, its spaces kept. Line breaks in data become spaces: a paragraph is one line of thought.</summary>
    public static Run TextRun(string text, bool bold = false)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }

        run.Append(new Text(OneLine(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Replace('\t', ' ');
}
