using Portal.Annex;
using Portal.Domain.Reporting.Annex;

namespace Portal.Tests.Annex;

/// <summary>
/// Under --words N the annex stays at or under N words in every format, counted by the same counter over what each
/// format shows (the DOCX with its footnotes); entries are left out whole, the same ones every time, and it says so.
/// </summary>
public sealed class AnnexWordLimitTests
{
    public static TheoryData<int> Limits => [250, 300, 500, 1000, 10700];

    [Theory]
    [MemberData(nameof(Limits))]
    public void Should_Stay_Within_The_Limit_In_Every_Format(int limit)
    {
        var input = AnnexInput.Sample;
        var document = input.Document(words: limit);

        Assert.True(document.Words <= limit, $"{document.Words} words in the model");
        Assert.True(RenderedWords.Count(RenderedWords.DocxText(input.Write(document, AnnexFormat.Docx))) <= limit);
        Assert.True(RenderedWords.Count(RenderedWords.HtmlText(input.Write(document, AnnexFormat.Html))) <= limit);
        Assert.True(RenderedWords.Count(RenderedWords.MarkdownText(input.Write(document, AnnexFormat.Md))) <= limit);
    }

    [Fact]
    public void Should_Count_Exactly_What_The_Docx_Shows_Plus_Its_Page_And_Footnote_Numbers()
    {
        var input = AnnexInput.Sample;
        var document = input.Document(words: 1000);

        var docx = RenderedWords.Count(RenderedWords.DocxText(input.Write(document, AnnexFormat.Docx)));

        Assert.Equal(document.Words, docx + document.Headings().Count() + document.Entries.Count());
        Assert.Equal(docx, RenderedWords.Count(RenderedWords.HtmlText(input.Write(document, AnnexFormat.Html))));
    }

    [Fact]
    public void Should_Keep_Every_Entry_When_The_Annex_Fits()
    {
        var document = AnnexInput.Sample.Document(words: 10700);

        Assert.Null(document.Closing);
        Assert.Equal(0, document.Tally.EntriesLeftOut);
        Assert.Equal(Portal.Domain.Reporting.LocalAction.Rows(AnnexInput.Sample.Model, new("ESP")).Count, document.Tally.Entries);
    }

    [Fact]
    public void Should_Say_How_Many_Entries_Were_Left_Out_And_Where_They_Are()
    {
        var document = AnnexInput.Sample.Document(words: 500);

        Assert.NotNull(document.Closing);
        Assert.True(document.Tally.EntriesLeftOut > 0);
        var closing = Assert.Single(document.Closing.Paragraphs);
        Assert.Contains($"{document.Tally.EntriesLeftOut} of {document.Tally.AllEntries} entries were left out", closing, StringComparison.Ordinal);
        Assert.Contains("/countries/esp/local-action/", closing, StringComparison.Ordinal);
        Assert.Contains(document.Method.After, p => p.Contains("Limit: 500 words", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Select_The_Same_Entries_From_The_Same_Input_Every_Time()
    {
        var first = AnnexInput.Sample.Document(words: 700).Entries.Select(e => (e.CommitmentId, e.Footnote)).ToList();

        var second = AnnexInput.Sample.Document(words: 700).Entries.Select(e => (e.CommitmentId, e.Footnote)).ToList();

        Assert.Equal(first, second);
        Assert.Equal(AnnexInput.Sample.Write(AnnexInput.Sample.Document(words: 700), AnnexFormat.Docx), AnnexInput.Sample.Write(AnnexInput.Sample.Document(words: 700), AnnexFormat.Docx));
    }

    [Fact]
    public void Should_Keep_The_Recommendation_Acted_On_By_The_Most_Cities_First()
    {
        var fixture = AnnexInput.Fixture;
        var fixedOnly = Assert.Throws<AnnexWordLimitException>(() => fixture.Document(words: 1)).FixedWords;
        var all = fixture.Document();
        var widest = all.Sections.SelectMany(s => s.Recommendations).OrderByDescending(r => r.Entries.Count).First();
        var section = all.Sections.Single(s => s.Recommendations.Contains(widest));
        var achieved = widest.Entries.Single(e => e.VerdictWord == "achieved");
        var definition = all.Method.Definitions.Single(d => d.Term == "Achieved:");
        var firstEntryCost = AnnexWords.SectionAlone(section) + AnnexWords.RecommendationAlone(widest) + AnnexWords.Entry(achieved)
            + WordCount.Of(definition.Term) + WordCount.Of(definition.Definition);

        var one = fixture.Document(words: fixedOnly + firstEntryCost);

        var kept = Assert.Single(one.Entries);
        Assert.Equal(achieved.CommitmentId, kept.CommitmentId);
        Assert.Equal(widest.Citation, one.Sections.Single().Recommendations.Single().Citation);
    }

    [Fact]
    public void Should_Refuse_A_Limit_Too_Small_For_The_Fixed_Parts_And_Say_The_Smallest()
    {
        var error = Assert.Throws<AnnexWordLimitException>(() => AnnexInput.Sample.Document(words: 100));

        Assert.True(error.FixedWords > 100);
        Assert.Contains("--words 100 is too small", error.Message, StringComparison.Ordinal);
        Assert.Contains($"give at least {error.FixedWords}", error.Message, StringComparison.Ordinal);
        Assert.True(AnnexInput.Sample.Document(words: error.FixedWords).Words <= error.FixedWords);
    }
}
