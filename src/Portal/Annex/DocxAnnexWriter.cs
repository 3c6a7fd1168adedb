using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Portal.Domain.Reporting.Annex;

namespace Portal.Annex;

/// <summary>
/// The annex as a Word document, the format OHCHR asks reports in: Word's own heading styles (Heading 1 to 3, so the
/// navigation pane and the table of contents find them), a table of contents field (TOC \o "1-3" \h, marked dirty and
/// set to update on opening, pre-filled with the headings so it reads before Word updates it), page numbers in the
/// footer (a PAGE field), the sources as real footnotes, the language set on every run, A4 pages, and the title in the
/// document's properties. Two builds of the same data give the same bytes (<see cref="DocxPackage"/>).
/// </summary>
internal sealed class DocxAnnexWriter : IAnnexWriter
{
    public void Write(AnnexDocument document, AnnexMetadata metadata, Stream stream)
    {
        using var buffer = new MemoryStream();
        using (var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            // Parts added without an id get a random one ("R06867bacddfc4761"): every id is given, so two builds match.
            var main = package.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdMain");
            var styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
            styles.Styles = DocxStyles.Of(DocxLanguage.Of(metadata.Language));
            var settings = main.AddNewPart<DocumentSettingsPart>("rIdSettings");
            settings.Settings = Settings(DocxLanguage.Of(metadata.Language));
            var footnotesPart = main.AddNewPart<FootnotesPart>("rIdFootnotes");
            var footerPart = main.AddNewPart<FooterPart>("rIdFooter");
            footerPart.Footer = Footer();
            var footnotes = new DocxFootnotes();
            main.Document = new Document(Body(document, footnotes, "rIdFooter"));
            footnotesPart.Footnotes = footnotes.Part();
            DocxPackage.SetProperties(package, document, metadata);
        }

        DocxPackage.WriteDeterministic(buffer, metadata.AsOf, stream);
    }

    private static Body Body(AnnexDocument document, DocxFootnotes footnotes, string footerId)
    {
        var body = new Body();
        body.Append(DocxParagraphs.Styled("Title", document.Title));
        body.Append(DocxParagraphs.Styled("Subtitle", document.Subtitle));
        body.Append(DocxParagraphs.Styled("TOCHeading", document.ContentsHeading));
        body.Append(DocxContents.Field(document));
        Part(body, document.Introduction);
        Part(body, document.Method);
        body.Append(DocxParagraphs.Styled("Heading1", document.FindingsHeading));
        foreach (var section in document.Sections)
        {
            body.Append(DocxParagraphs.Styled("Heading2", section.Heading));
            foreach (var recommendation in section.Recommendations)
            {
                body.Append(DocxParagraphs.Styled("Heading3", recommendation.Citation));
                body.Append(DocxParagraphs.Styled("Quote", recommendation.Text));
                foreach (var entry in recommendation.Entries)
                {
                    body.Append(DocxParagraphs.Entry(entry, footnotes.Add(entry.Footnote)));
                }
            }
        }

        if (document.Closing is { } closing)
        {
            Part(body, closing);
        }

        body.Append(Section(footerId));
        return body;
    }

    private static void Part(Body body, AnnexPart part)
    {
        body.Append(DocxParagraphs.Styled("Heading1", part.Heading));
        body.Append(part.Paragraphs.Select(p => DocxParagraphs.Styled("Normal", p)));
        body.Append(part.Definitions.Select(d => DocxParagraphs.Definition(d)));
        body.Append(part.After.Select(p => DocxParagraphs.Styled("Normal", p)));
    }

    /// <summary>A4, 2.5 cm margins, the footer with the page number.</summary>
    private static SectionProperties Section(string footerId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new FootnoteProperties(new NumberingFormat { Val = NumberFormatValues.Decimal }),
        new PageSize { Width = 11906U, Height = 16838U },
        new PageMargin { Top = 1418, Bottom = 1418, Left = 1418U, Right = 1418U, Header = 709U, Footer = 709U, Gutter = 0U });

    /// <summary>In the schema's order. Fields are updated on opening, which fills in the contents' page numbers.</summary>
    private static Settings Settings(string language) => new(
        new DefaultTabStop { Val = 720 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new UpdateFieldsOnOpen { Val = true },
        new FootnoteDocumentWideProperties(new FootnoteSpecialReference { Id = -1 }, new FootnoteSpecialReference { Id = 0 }),
        new ThemeFontLanguages { Val = language });

    private static Footer Footer() => new(new Paragraph(
        new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }, new Justification { Val = JustificationValues.Center }),
        new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " }));
}
