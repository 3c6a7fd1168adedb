using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Importing.Mapping;

/// <summary>
/// Reads an SDG goal or target out of the labels exports use: "16.2 - Protect children from abuse ...",
/// "1 - NO POVERTY", "Goal 16", "SDG 6.1", "Target 16.b".
/// </summary>
public static partial class SdgCodes
{
    /// <summary>The code in the contract's form ("16", "16.2", "16.b"), or null when the label holds none.</summary>
    public static string? Parse(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var match = Code().Match(label.Trim());
        if (!match.Success || !int.TryParse(match.Groups["goal"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var goal) || goal is < 1 or > 17)
        {
            return null;
        }

        var target = match.Groups["target"];
        return target.Success
            ? string.Create(CultureInfo.InvariantCulture, $"{goal}.{target.Value.ToLowerInvariant()}")
            : goal.ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^(?:(?:sdg|goal|target)\s*)?(?<goal>\d{1,2})(?:\.(?<target>\d{1,2}|[a-j]))?(?![\d.a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Code();
}
