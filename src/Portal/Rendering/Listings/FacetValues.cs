using System.Globalization;
using Portal.Domain.Model;
using Portal.Rendering.Views;

namespace Portal.Rendering.Listings;

internal static class FacetValues
{
    /// <summary>A free word from the data, such as a theme: shown as written, addressed by its slug.</summary>
    public static FacetValue Word(string word) => new(Slug.FromText(word), word, word.ToLowerInvariant());

    public static FacetValue Goal(ViewFactory views, int goal) =>
        new(goal.ToString(CultureInfo.InvariantCulture), views.Strings.Format("facet.sdg-goal", goal), goal.ToString("D2", CultureInfo.InvariantCulture));
}
