using System.Globalization;
using Portal.Domain.Model.Sessions;

namespace Portal.Domain.Model.Titles;

/// <summary>
/// A recommendation's title, made from its data where the data owner wrote none:
/// <list type="bullet">
/// <item>UPR: who recommended it to whom, the cycle and year, then the start of the text
/// ("Portugal to Spain, UPR cycle 3 (2020): Increase the supply of affordable…");</item>
/// <item>treaty bodies and special procedures: the body, the State, the document and paragraph
/// ("Committee on the Rights of the Child to Kenya, CRC/C/KEN/CO/3-5, para. 24"; a special procedure by its
/// mandate where the data gives it), or the start of the
/// text where neither document nor paragraph is known.</item>
/// </list>
/// </summary>
public static class RecommendationTitle
{
    /// <summary>Long enough to tell recommendations of one review apart, short enough for a browser tab and a search result.</summary>
    public const int OpeningLength = 80;

    public static string Of(Recommendation recommendation, TitleWords words)
    {
        if (!string.IsNullOrWhiteSpace(recommendation.Title))
        {
            return recommendation.Title.Trim();
        }

        return IsUpr(recommendation) ? Upr(recommendation, words) : Body(recommendation, words);
    }

    private static bool IsUpr(Recommendation recommendation) =>
        recommendation.Mechanism.Equals("UPR", StringComparison.OrdinalIgnoreCase);

    private static string Upr(Recommendation recommendation, TitleWords words)
    {
        var state = words.CountryName(recommendation.Country);
        var title = string.IsNullOrWhiteSpace(recommendation.RecommendingState)
            ? state
            : Format(words.To, RecommendingState(recommendation.RecommendingState, words), state);
        var session = UprSessionCalendar.Find(recommendation.Session);
        if ((recommendation.Cycle ?? session?.Cycle) is { } cycle)
        {
            title += ", " + Format(words.UprCycle, cycle);
        }

        if ((recommendation.Date?.Year ?? session?.Start.Year) is { } year)
        {
            title += " (" + year.ToString(CultureInfo.InvariantCulture) + ")";
        }

        return title + ": " + TextOpening.Of(recommendation.Text, OpeningLength, words.Ellipsis);
    }

    private static string Body(Recommendation recommendation, TitleWords words)
    {
        var title = Format(words.To, BodyName(recommendation, words), words.CountryName(recommendation.Country));
        var reference = new List<string>();
        if (!string.IsNullOrWhiteSpace(recommendation.Symbol))
        {
            reference.Add(recommendation.Symbol.Trim());
        }

        if (!string.IsNullOrWhiteSpace(recommendation.Paragraph))
        {
            reference.Add(Format(words.Paragraph, recommendation.Paragraph.Trim()));
        }

        return reference.Count > 0
            ? title + ", " + string.Join(", ", reference)
            : title + ": " + TextOpening.Of(recommendation.Text, OpeningLength, words.Ellipsis);
    }

    /// <summary>A special procedure is named by its mandate where the data gives one: "Special procedures" says too little.</summary>
    private static string BodyName(Recommendation recommendation, TitleWords words) =>
        string.IsNullOrWhiteSpace(recommendation.Body)
            ? words.MechanismName(recommendation.Mechanism)
            : recommendation.Body.Trim();

    /// <summary>Exports name the recommending State in words; a hand-written file may give its ISO code.</summary>
    private static string RecommendingState(string written, TitleWords words)
    {
        var name = written.Trim();
        return name.Length == 3 && CountryCodes.IsKnown(name) ? words.CountryName(name) : name;
    }

    private static string Format(string format, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, format, values);
}
