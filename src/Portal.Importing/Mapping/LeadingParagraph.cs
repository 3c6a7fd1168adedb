using System.Text.RegularExpressions;

namespace Portal.Importing.Mapping;

/// <summary>
/// The paragraph number a text starts with, as UN documents number them: "150.12 Ratify ..." in a UPR
/// report, "78. The Committee recommends ..." or "78 (a) Ensure ..." in concluding observations. The number
/// belongs in the paragraph column; left in the text, it would open every title and excerpt.
/// </summary>
public static partial class LeadingParagraph
{
    private static readonly Regex[] Patterns = [Dotted(), Lettered(), Numbered()];

    /// <summary>The text without its leading paragraph number, and the number ("150.12", "78", "78(a)"), or the text unchanged and null.</summary>
    public static (string Text, string? Paragraph) Split(string text)
    {
        foreach (var pattern in Patterns)
        {
            var match = pattern.Match(text);
            if (match.Success)
            {
                var letter = match.Groups["letter"].Success ? $"({match.Groups["letter"].Value})" : string.Empty;
                return (text[match.Length..], match.Groups["number"].Value + letter);
            }
        }

        return (text, null);
    }

    /// <summary>"150.12 Ratify": a UPR report's chapter and recommendation.</summary>
    [GeneratedRegex(@"^(?<number>\d{1,3}(?:\.\d{1,3})+)\.?\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex Dotted();

    /// <summary>"78 (a) Ensure", "78(a). Ensure": a subparagraph.</summary>
    [GeneratedRegex(@"^(?<number>\d{1,3})\.?\s?\((?<letter>[a-z]{1,4})\)\.?\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex Lettered();

    /// <summary>"78. The Committee", and "78.The Committee" as text extraction leaves it; a capital letter must follow, so "2.5 million" is no paragraph.</summary>
    [GeneratedRegex(@"^(?<number>\d{1,3})\.\s*(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();
}
