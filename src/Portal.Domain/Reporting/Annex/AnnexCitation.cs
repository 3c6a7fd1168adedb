using Portal.Domain.Model;

namespace Portal.Domain.Reporting.Annex;

/// <summary>
/// A recommendation cited as the UN cites it: its document symbol and paragraph ("A/HRC/44/7, para. 150.141"); its
/// symbol alone when it has no paragraph, and its id when it has no symbol.
/// </summary>
public static class AnnexCitation
{
    public static string Of(Recommendation recommendation, IAnnexWording wording) => (recommendation.Symbol, recommendation.Paragraph) switch
    {
        ({ Length: > 0 } symbol, { Length: > 0 } paragraph) => wording.Text("annex.citation", symbol.Trim(), paragraph.Trim()),
        ({ Length: > 0 } symbol, _) => symbol.Trim(),
        _ => recommendation.Id,
    };
}
