namespace Portal.Domain.Reporting.Annex;

/// <summary>
/// The annex as a document: title, table of contents, introduction, method note, the recommendations and their
/// entries by theme, and, when entries were left out for the word limit, a closing part that says so. Every text in
/// it is final wording; the writers (DOCX, HTML, Markdown) lay it out and add no word of their own, so the words
/// counted here are the words of every format.
/// </summary>
public sealed record AnnexDocument
{
    public required string Title { get; init; }

    public required string Subtitle { get; init; }

    public required string ContentsHeading { get; init; }

    public required AnnexPart Introduction { get; init; }

    public required AnnexPart Method { get; init; }

    /// <summary>The heading above the themes.</summary>
    public required string FindingsHeading { get; init; }

    public required IReadOnlyList<AnnexSection> Sections { get; init; }

    /// <summary>What was left out for the word limit, and where it is; null when nothing was.</summary>
    public AnnexPart? Closing { get; init; }

    /// <summary>The entries the document holds, and those it left out.</summary>
    public required AnnexTally Tally { get; init; }

    /// <summary>Every heading of levels 1 to 3, in order, as the table of contents lists them.</summary>
    public IEnumerable<AnnexHeading> Headings()
    {
        yield return new AnnexHeading(1, Introduction.Heading, Introduction.Anchor);
        yield return new AnnexHeading(1, Method.Heading, Method.Anchor);
        yield return new AnnexHeading(1, FindingsHeading, AnnexAnchors.Findings);
        foreach (var section in Sections)
        {
            yield return new AnnexHeading(2, section.Heading, section.Anchor);
            foreach (var recommendation in section.Recommendations)
            {
                yield return new AnnexHeading(3, recommendation.Citation, recommendation.Anchor);
            }
        }

        if (Closing is not null)
        {
            yield return new AnnexHeading(1, Closing.Heading, Closing.Anchor);
        }
    }

    /// <summary>The words of the whole document, as <see cref="WordCount"/> counts them.</summary>
    public int Words => AnnexWords.Of(this);

    /// <summary>Every entry, in the order of the document: its footnotes are numbered from 1 in this order.</summary>
    public IEnumerable<AnnexEntry> Entries => Sections.SelectMany(s => s.Recommendations).SelectMany(r => r.Entries);
}
