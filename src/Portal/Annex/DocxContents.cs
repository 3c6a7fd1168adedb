using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Portal.Domain.Reporting.Annex;

namespace Portal.Annex;

/// <summary>
/// The table of contents as Word makes it: a TOC field over headings 1 to 3 with links (\o "1-3" \h), marked dirty
/// so that Word fills in the page numbers when the document is opened. Until then its result is the headings
/// themselves, in the TOC 1 to 3 styles, so the contents read in any viewer.
/// </summary>
internal static class DocxContents
{
    public static IEnumerable<Paragraph> Field(AnnexDocument document)
    {
        var headings = document.Headings().ToList();
        for (var i = 0; i < headings.Count; i++)
        {
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TOC" + headings[i].Level }));
            if (i == 0)
            {
                paragraph.Append(
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
                    new Run(new FieldCode(" TOC \\o \"1-3\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
            }

            paragraph.Append(DocxParagraphs.TextRun(headings[i].Text));
            yield return paragraph;
        }

        yield return new Paragraph(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
    }
}
