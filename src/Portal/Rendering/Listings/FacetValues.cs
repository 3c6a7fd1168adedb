using System.Globalization;
using Portal.Domain.Model;
using Portal.Rendering.Views;

namespace Portal.Rendering.Listings;

internal static class FacetValues
{
    /// <summary>A free word from the data: shown as written, addressed by its slug.</summary>
    public static FacetValue Word(string word) => new(Slug.FromText(word), word, word.ToLowerInvariant());

    /// <summary>A theme: addressed by the slug of its id, shown by its label; a label no theme gathers is shown as written.</summary>
    public static FacetValue Theme(ViewFactory views, string theme)
    {
        var label = views.ThemeLabel(theme);
        return new(Slug.FromText(theme), label, label.ToLowerInvariant());
    }

    public static FacetValue Goal(ViewFactory views, int goal) =>
        new(goal.ToString(CultureInfo.InvariantCulture), views.Strings.Format("facet.sdg-goal", goal), goal.ToString("D2", CultureInfo.InvariantCulture));
}
