using Portal.Domain.Model;

namespace Portal.Rendering.Pages;

/// <summary>Countries in the order a reader looks for them: by name as the model sorts names, not by ISO code.</summary>
internal static class CountryOrder
{
    public static IReadOnlyList<string> ByName(IEnumerable<string> codes, Func<string, string> nameOf) =>
        [.. codes.OrderBy(nameOf, NameOrder.Comparer).ThenBy(code => code, StringComparer.Ordinal)];
}
