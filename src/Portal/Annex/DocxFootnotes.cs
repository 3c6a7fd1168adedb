using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Portal.Annex;

/// <summary>
/// The footnotes part: Word's two separators (ids -1 and 0, which the settings name), then one footnote per source,
/// numbered from 1 in the order of the text.
/// </summary>
internal sealed class DocxFootnotes
{
    private readonly List<string> _texts = [];

    public long Add(string text)
    {
        _texts.Add(text);
        return _texts.Count;
    }

    public Footnotes Part()
    {
        var part = new Footnotes(
            new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        for (var i = 0; i < _texts.Count; i++)
        {
            part.Append(new Footnote(new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "FootnoteText" }),
                new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new FootnoteReferenceMark()),
                DocxParagraphs.TextRun(" " + _texts[i])))
            { Id = i + 1 });
        }

        return part;
    }
}
