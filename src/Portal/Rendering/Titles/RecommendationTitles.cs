using Portal.Domain.Model;
using Portal.Domain.Model.Titles;
using Portal.Rendering.Theme;

namespace Portal.Rendering.Titles;

/// <summary>Recommendation titles in the theme's words: the same title on its page, in every list, in the search index and in the data.</summary>
internal sealed class RecommendationTitles(UiStrings strings)
{
    private readonly TitleWords _words = new()
    {
        To = strings["recommendation-title.to"],
        UprCycle = strings["recommendation-title.upr-cycle"],
        Paragraph = strings["recommendation-title.paragraph"],
        Ellipsis = strings["recommendation-title.ellipsis"],
        CountryName = code => NameOr(strings, $"country.{code}", code),
        MechanismName = code => NameOr(strings, $"mechanism.{code}", code),
    };

    public string Of(Recommendation recommendation) => RecommendationTitle.Of(recommendation, _words);

    /// <summary>A code the theme does not name (a mechanism the contract does not list) is shown as written.</summary>
    private static string NameOr(UiStrings strings, string key, string code) => strings.Has(key) ? strings[key] : code;
}
