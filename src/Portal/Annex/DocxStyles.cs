using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Portal.Annex;

/// <summary>
/// The styles part: the defaults (Times New Roman 11 pt, as UN documents are set, and the document's language) and
/// Word's built-in styles under their own ids and names, so Word treats the headings as headings.
/// </summary>
internal static class DocxStyles
{
    public static Styles Of(string language) => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                new FontSize { Val = "22" },
                new FontSizeComplexScript { Val = "22" },
                new Languages { Val = language, EastAsia = language, Bidi = language })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        Paragraph("Normal", "Normal", isDefault: true),
        Paragraph("Title", "Title", next: "Normal", size: 36, bold: true, after: 60),
        Paragraph("Subtitle", "Subtitle", next: "Normal", size: 26, italic: true, after: 360),
        Heading(1, 30, 360),
        Heading(2, 26, 280),
        Heading(3, 22, 200),
        Paragraph("TOCHeading", "TOC Heading", next: "Normal", size: 30, bold: true, before: 240, after: 120),
        Contents(1, 0),
        Contents(2, 220),
        Contents(3, 440),
        Paragraph("Quote", "Quote", next: "Normal", italic: true, indent: 567),
        Paragraph("ListParagraph", "List Paragraph", indent: 567),
        Paragraph("FootnoteText", "footnote text", size: 18, after: 0),
        Paragraph("Footer", "footer", size: 18, after: 0),
        new Style(
            new StyleName { Val = "footnote reference" },
            new BasedOn { Val = "DefaultParagraphFont" },
            new UIPriority { Val = 99 },
            new StyleRunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }))
        { Type = StyleValues.Character, StyleId = "FootnoteReference" },
        new Style(new StyleName { Val = "Default Paragraph Font" }, new UIPriority { Val = 1 }, new SemiHidden())
        { Type = StyleValues.Character, StyleId = "DefaultParagraphFont", Default = true });

    private static Style Heading(int level, int size, int before)
    {
        var style = Paragraph($"Heading{level}", $"heading {level}", next: "Normal", size: size, bold: true, before: before, after: 120);
        var paragraph = style.GetFirstChild<StyleParagraphProperties>()!;
        // The schema's order: keepNext and keepLines before spacing, outlineLvl after it.
        paragraph.PrependChild(new KeepLines());
        paragraph.PrependChild(new KeepNext());
        paragraph.Append(new OutlineLevel { Val = level - 1 });
        return style;
    }

    private static Style Contents(int level, int indent) =>
        Paragraph($"TOC{level}", $"toc {level}", next: "Normal", indent: indent, after: 60);

    private static Style Paragraph(string id, string name, bool isDefault = false, string? next = null, int? size = null, bool bold = false, bool italic = false, int? before = null, int? after = null, int? indent = null)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }
        else
        {
            style.Append(new BasedOn { Val = "Normal" });
        }

        if (next is not null)
        {
            style.Append(new NextParagraphStyle { Val = next });
        }

        style.Append(new PrimaryStyle());
        var paragraph = new StyleParagraphProperties();
        if (before is not null || after is not null)
        {
            // An attribute set to null is still written, empty, which the schema refuses: set only those given.
            var spacing = new SpacingBetweenLines();
            if (before is { } b)
            {
                spacing.Before = b.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (after is { } a)
            {
                spacing.After = a.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            paragraph.Append(spacing);
        }

        if (indent is { } left)
        {
            paragraph.Append(new Indentation { Left = left.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        style.Append(paragraph);
        var run = new StyleRunProperties();
        if (bold)
        {
            run.Append(new Bold());
        }

        if (italic)
        {
            run.Append(new Italic());
        }

        if (size is { } half)
        {
            var points = half.ToString(System.Globalization.CultureInfo.InvariantCulture);
            run.Append(new FontSize { Val = points }, new FontSizeComplexScript { Val = points });
        }

        style.Append(run);
        return style;
    }
}
