namespace Portal.Domain.Reporting.Annex;

/// <summary>
/// The words of an annex, counted part by part as <see cref="WordCount"/> counts them, with what Word adds once it
/// updates the document: the table of contents repeats every heading of levels 1 to 3 with its page number, and each
/// footnote has its number. So the count is at least what Word shows for the DOCX, and what the HTML and Markdown
/// hold (they carry the same contents list, without page numbers). Page numbers in the footer are not counted:
/// Word's count leaves headers and footers out.
/// </summary>
public static class AnnexWords
{
    /// <summary>A page number in the table of contents, or a footnote's number: one word each.</summary>
    public const int NumberWord = 1;

    public static int Of(AnnexDocument document) =>
        Fixed(document) + document.Sections.Sum(s => SectionAlone(s) + s.Recommendations.Sum(Recommendation));

    /// <summary>The words of everything but the themes: title, contents heading, introduction, method, closing.</summary>
    public static int Fixed(AnnexDocument document) =>
        WordCount.Of(document.Title) + WordCount.Of(document.Subtitle) + WordCount.Of(document.ContentsHeading)
        + Part(document.Introduction) + ContentsLine(document.Introduction.Heading)
        + Part(document.Method) + ContentsLine(document.Method.Heading)
        + WordCount.Of(document.FindingsHeading) + ContentsLine(document.FindingsHeading)
        + (document.Closing is { } closing ? Part(closing) + ContentsLine(closing.Heading) : 0);

    /// <summary>A heading's line in the table of contents: the heading again and its page number.</summary>
    public static int ContentsLine(string heading) => WordCount.Of(heading) + NumberWord;

    public static int Part(AnnexPart part) =>
        WordCount.Of(part.Heading) + WordCount.Of(part.Paragraphs) + WordCount.Of(part.After)
        + part.Definitions.Sum(d => WordCount.Of(d.Term) + WordCount.Of(d.Definition));

    /// <summary>A recommendation without its entries: its heading, its line in the contents, its text.</summary>
    public static int RecommendationAlone(AnnexRecommendation recommendation) =>
        WordCount.Of(recommendation.Citation) + ContentsLine(recommendation.Citation) + WordCount.Of(recommendation.Text);

    public static int Recommendation(AnnexRecommendation recommendation) =>
        RecommendationAlone(recommendation) + recommendation.Entries.Sum(Entry);

    public static int Entry(AnnexEntry entry) =>
        WordCount.Of(entry.Lead) + WordCount.Of(entry.Body) + WordCount.Of(entry.Footnote) + NumberWord;

    /// <summary>A theme without its recommendations: its heading and its line in the contents.</summary>
    public static int SectionAlone(AnnexSection section) => WordCount.Of(section.Heading) + ContentsLine(section.Heading);
}
