using Portal.Domain.Model;
using Portal.Rendering.Theme;

namespace Portal.Rendering.Titles;

/// <summary>A recommendation cited as the UN cites it: its document symbol and paragraph, "A/HRC/44/7, para. 150.141".</summary>
internal static class RecommendationCitation
{
    /// <summary>The symbol, the paragraph, or both; null when the data gives neither.</summary>
    public static string? Of(Recommendation recommendation, UiStrings strings)
    {
        var parts = new List<string>(2);
        if (!string.IsNullOrWhiteSpace(recommendation.Symbol))
        {
            parts.Add(recommendation.Symbol.Trim());
        }

        if (!string.IsNullOrWhiteSpace(recommendation.Paragraph))
        {
            parts.Add(strings.Format("recommendation.paragraph-short", recommendation.Paragraph.Trim()));
        }

        return parts.Count == 0 ? null : string.Join(", ", parts);
    }
}
