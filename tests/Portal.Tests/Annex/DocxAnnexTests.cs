using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Portal.Annex;

namespace Portal.Tests.Annex;

/// <summary>The DOCX a drafter opens: valid Open XML, Word's headings, a table of contents, page numbers, footnotes.</summary>
public sealed class DocxAnnexTests
{
    private static byte[] SampleDocx(int? words = null) => AnnexInput.Sample.Write(AnnexInput.Sample.Document(words: words), AnnexFormat.Docx);

    [Theory]
    [InlineData(null)]
    [InlineData(500)]
    public void Should_Pass_The_Open_Xml_Validator_With_No_Errors(int? words)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(SampleDocx(words)), isEditable: false);

        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Fact]
    public void Should_Use_Word_Heading_Styles_Defined_In_The_Styles_Part()
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(SampleDocx()), isEditable: false);
        var main = package.MainDocumentPart!;

        var styles = main.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!, s => s);
        var headings = Paragraphs(main, "Heading1");

        foreach (var level in new[] { 1, 2, 3 })
        {
            var style = styles[$"Heading{level}"];
            Assert.Equal($"heading {level}", style.StyleName!.Val!.Value);
            Assert.Equal(level - 1, style.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        }

        Assert.Equal(["Introduction", "Method", "Recommendations and local action"], headings);
        Assert.Contains("Housing", Paragraphs(main, "Heading2"));
    }

    [Fact]
    public void Should_Cite_Each_Recommendation_By_Its_Symbol_And_Paragraph_As_A_Heading()
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(SampleDocx()), isEditable: false);

        var citations = Paragraphs(package.MainDocumentPart!, "Heading3");

        Assert.Contains("A/HRC/44/7, para. 150.141", citations);
        Assert.Contains("E/C.12/ESP/CO/6, para. 36(b)", citations);
        Assert.All(citations, c => Assert.Matches(@"^\S+(, para\. \S+)?$", c));
    }

    [Fact]
    public void Should_Hold_A_Dirty_Table_Of_Contents_Field_And_A_Page_Number_In_The_Footer()
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(SampleDocx()), isEditable: false);
        var main = package.MainDocumentPart!;

        var code = Assert.Single(main.Document!.Descendants<FieldCode>());
        Assert.Equal(" TOC \\o \"1-3\" \\h \\z \\u ", code.Text);
        Assert.True(main.Document.Descendants<FieldChar>().First().Dirty!.Value);
        Assert.True(main.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>()!.Val!.Value);
        Assert.Contains(main.FooterParts.Single().Footer!.Descendants<SimpleField>(), f => f.Instruction!.Value!.Trim() == "PAGE");
    }

    [Fact]
    public void Should_Give_Each_Entry_Its_Source_As_A_Footnote()
    {
        var document = AnnexInput.Sample.Document();
        using var package = WordprocessingDocument.Open(new MemoryStream(AnnexInput.Sample.Write(document, AnnexFormat.Docx)), isEditable: false);
        var main = package.MainDocumentPart!;

        var references = main.Document!.Descendants<FootnoteReference>().Select(r => r.Id!.Value).ToList();
        var notes = main.FootnotesPart!.Footnotes!.Elements<Footnote>().Where(f => f.Id! > 0).ToList();

        Assert.Equal(document.Entries.Count(), references.Count);
        Assert.Equal(references, notes.Select(n => n.Id!.Value));
        Assert.Contains(notes, n => n.InnerText.Contains("Source: https://", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Set_The_Document_Language_And_Title()
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(SampleDocx()), isEditable: false);

        var defaults = package.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("en-GB", defaults.GetFirstChild<Languages>()!.Val!.Value);
        Assert.Equal("Local and regional governments' implementation of the recommendations", package.PackageProperties.Title);
        Assert.Equal(new DateTime(2026, 6, 30, 0, 0, 0, DateTimeKind.Utc), package.PackageProperties.Modified!.Value.ToUniversalTime());
    }

    [Fact]
    public void Should_Write_The_Same_Bytes_Twice_With_Every_Zip_Entry_Dated_On_The_As_Of_Date()
    {
        var first = SampleDocx();
        Thread.Sleep(2100); // zip times have a resolution of two seconds

        var second = SampleDocx();

        Assert.Equal(first, second);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(first));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2026, 6, 30), e.LastWriteTime.DateTime));
    }

    private static List<string> Paragraphs(MainDocumentPart main, string style) =>
        [.. main.Document!.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == style)
            .Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text)))];
}
