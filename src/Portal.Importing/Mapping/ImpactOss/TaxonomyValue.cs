using System.Text.RegularExpressions;

namespace Portal.Importing.Mapping.ImpactOss;

/// <summary>
/// A category as IMPACT OSS exports it: its title, and its short title in brackets when it has one,
/// e.g. "Committee on the Rights of the Child [CRC]".
/// </summary>
public sealed partial record TaxonomyValue(string Title, string? Short)
{
    public static TaxonomyValue Parse(string value)
    {
        var match = WithShortTitle().Match(value.Trim());
        return match.Success
            ? new TaxonomyValue(match.Groups["title"].Value.Trim(), match.Groups["short"].Value.Trim())
            : new TaxonomyValue(value.Trim(), null);
    }

    /// <summary>The categories of a cell: one per line, each after "- " when there are several.</summary>
    public static IReadOnlyList<TaxonomyValue> ParseAll(string cell) => [.. MultiValueCell.Split(cell).Select(Parse)];

    [GeneratedRegex(@"^(?<title>.*?)\s*\[(?<short>[^\[\]]+)\]$", RegexOptions.CultureInvariant)]
    private static partial Regex WithShortTitle();
}
