using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Importing.Mapping;

/// <summary>Numbers inside labels: "35" in "UPR 35th session", "3" in "Cycle 3".</summary>
public static partial class Numbers
{
    public static int? FirstInteger(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = Digits().Match(text);
        return match.Success && int.TryParse(match.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    [GeneratedRegex(@"\d{1,6}", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();
}
