using System.Text.RegularExpressions;

namespace Portal.Importing.Mapping;

/// <summary>
/// The mandate of a special procedure, as a reader can read it. UHRI abbreviates the holders' titles
/// ("SR on the right to adequate housing", "IE on ...", "WG on ..."); the mandate keeps its words and gets
/// the title spelled out ("Special Rapporteur on the right to adequate housing").
/// </summary>
public static partial class SpecialProcedureMandate
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SR"] = "Special Rapporteur",
        ["IE"] = "Independent Expert",
        ["WG"] = "Working Group",
    };

    private static readonly string[] SpelledOutTitles = ["special rapporteur", "independent expert", "working group"];

    /// <summary>The mandate with its holder's title spelled out, or null when the name is not that of a mandate.</summary>
    public static string? Of(string? body)
    {
        var name = TextCleaner.Clean(body ?? string.Empty);
        var abbreviated = Abbreviated().Match(name);
        if (abbreviated.Success)
        {
            return Titles[abbreviated.Groups["title"].Value] + name[abbreviated.Groups["title"].Length..];
        }

        return SpelledOutTitles.Any(t => name.StartsWith(t, StringComparison.OrdinalIgnoreCase)) ? name : null;
    }

    /// <summary>The abbreviation alone, or followed by the words of the mandate ("SR on ...", "SR, right to food").</summary>
    [GeneratedRegex(@"^(?<title>SR|IE|WG)(?=$|[\s,:])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Abbreviated();
}
