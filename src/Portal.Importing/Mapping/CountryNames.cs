using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Portal.Domain.Model;

namespace Portal.Importing.Mapping;

/// <summary>
/// Maps the State names of exports to ISO 3166-1 alpha-3 codes: the UN's names and their older and
/// shorter spellings (<see cref="UnStateNames"/>), then .NET's English region names, then the codes
/// themselves (ESP, ES). Case, accents, "&amp;" for "and" and "St" for "Saint" do not matter, so
/// "Côte d'Ivoire", "Cote d’Ivoire" and "COTE D'IVOIRE" all map to CIV.
/// </summary>
public static class CountryNames
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> ByName = new(BuildTable);

    /// <summary>An export names the same two hundred States over and over: each spelling is looked up once.</summary>
    private static readonly ConcurrentDictionary<string, string?> Found = new(StringComparer.Ordinal);

    /// <summary>The ISO 3166-1 alpha-3 code, or null when the name is not one this knows.</summary>
    public static string? Find(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : Found.GetOrAdd(name, Lookup);

    private static string? Lookup(string name)
    {
        var trimmed = name.Trim();
        if (ByName.Value.TryGetValue(Key(trimmed), out var code))
        {
            return code;
        }

        if (trimmed.Length == 3 && trimmed.All(char.IsAsciiLetterUpper) && CountryCodes.IsKnown(trimmed))
        {
            return trimmed;
        }

        return trimmed.Length == 2 && trimmed.All(char.IsAsciiLetterUpper) ? FromTwoLetterCode(trimmed) : null;
    }

    /// <summary>The lookup key: lower case, no accents, "and" for "&amp;", "saint" for "st", no leading "the", punctuation as spaces.</summary>
    public static string Key(string name)
    {
        var decomposed = name.Replace("&", " and ", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w == "st" ? "saint" : w)
            .SkipWhile(w => w == "the");
        return string.Join(' ', words);
    }

    private static Dictionary<string, string> BuildTable()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        AddLines(table, UnStateNames.MemberAndObserverStates);
        AddLines(table, UnStateNames.OtherSpellings);
        foreach (var (englishName, code) in RegionNames())
        {
            table.TryAdd(Key(englishName), code);
        }

        return table;
    }

    private static void AddLines(Dictionary<string, string> table, string lines)
    {
        foreach (var line in lines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('|');
            table.TryAdd(Key(parts[0]), parts[1]);
        }
    }

    /// <summary>
    /// .NET's English names of regions, from the ICU data on the machine. Only codes of the contract are kept;
    /// without ICU (invariant globalization) the UN table alone is used.
    /// </summary>
    private static IEnumerable<(string Name, string Code)> RegionNames()
    {
        var names = new List<(string, string)>();
        for (var first = 'A'; first <= 'Z'; first++)
        {
            for (var second = 'A'; second <= 'Z'; second++)
            {
                var code = FromTwoLetterCode(string.Concat(first, second), out var englishName);
                if (code is not null)
                {
                    names.Add((englishName, code));
                }
            }
        }

        return names;
    }

    private static string? FromTwoLetterCode(string twoLetters) => FromTwoLetterCode(twoLetters, out _);

    private static string? FromTwoLetterCode(string twoLetters, out string englishName)
    {
        englishName = string.Empty;
        try
        {
            var region = new RegionInfo(twoLetters);
            if (!string.Equals(region.TwoLetterISORegionName, twoLetters, StringComparison.OrdinalIgnoreCase)
                || !CountryCodes.IsKnown(region.ThreeLetterISORegionName))
            {
                return null;
            }

            englishName = region.EnglishName;
            return region.ThreeLetterISORegionName;
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (PlatformNotSupportedException)
        {
            return null;
        }
    }
}
