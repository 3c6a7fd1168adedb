using System.Globalization;
using Portal.Domain.Model;

namespace Portal.Rendering.Listings;

/// <summary>
/// The values of one facet and the items under each, in the order the pages list them. Every distinct value
/// gets a page of its own: two labels that make the same slug, such as two themes in a script the slug drops,
/// are told apart by a numbered suffix rather than merged under one of them.
/// </summary>
internal static class FacetGroups
{
    public static List<(FacetValue Value, List<T> Items)> Of<T>(IEnumerable<T> items, Func<T, IEnumerable<FacetValue>> valuesOf)
    {
        var groups = new Dictionary<(string Slug, string Label), (FacetValue Value, List<T> Items)>();
        foreach (var item in items)
        {
            foreach (var value in valuesOf(item).DistinctBy(v => (v.Slug, v.Label)))
            {
                if (!groups.TryGetValue((value.Slug, value.Label), out var group))
                {
                    groups[(value.Slug, value.Label)] = group = (value, []);
                }

                group.Items.Add(item);
            }
        }

        // Labels sort as the model sorts names, so "Évry" comes before "Zaragoza", not after it.
        return [.. Distinct(groups.Values.Select(g => g.Value))
            .Select(value => (Value: value.Distinct, groups[(value.Original.Slug, value.Original.Label)].Items))
            .OrderBy(g => g.Value.SortKey, NameOrder.Comparer)
            .ThenBy(g => g.Value.Slug, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The values with slugs made distinct: of the labels that share a slug, the first in ordinal order keeps it and
    /// the others take the next free -2, -3 and so on, so a value keeps its address whatever order the rows come in.
    /// </summary>
    private static IEnumerable<(FacetValue Original, FacetValue Distinct)> Distinct(IEnumerable<FacetValue> values)
    {
        var bySlug = values.GroupBy(v => v.Slug, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var taken = bySlug.Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var sharing in bySlug)
        {
            var labels = sharing.OrderBy(v => v.Label, StringComparer.Ordinal).ToList();
            yield return (labels[0], labels[0]);
            foreach (var value in labels.Skip(1))
            {
                yield return (value, value with { Slug = FreeSlug(sharing.Key, taken) });
            }
        }
    }

    private static string FreeSlug(string slug, HashSet<string> taken)
    {
        for (var suffix = 2; ; suffix++)
        {
            var numbered = string.Create(CultureInfo.InvariantCulture, $"{slug}-{suffix}");
            if (taken.Add(numbered))
            {
                return numbered;
            }
        }
    }
}
