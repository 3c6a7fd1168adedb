using System.Globalization;
using System.Text;

namespace Portal.Domain.Model;

/// <summary>Ids that appear in URLs: a lower-case ASCII letter or digit, then letters, digits and hyphens.</summary>
public static class Slug
{
    public const string Pattern = "[a-z0-9][a-z0-9-]*";

    public static bool IsValid(string? text) =>
        !string.IsNullOrEmpty(text)
        && IsSlugChar(text[0]) && text[0] != '-'
        && text.All(IsSlugChar);

    /// <summary>
    /// Makes a slug of free text, such as a recommendation id like "A/HRC/52/10 para. 120.15":
    /// accents are dropped, every other run of non-alphanumerics becomes one hyphen.
    /// </summary>
    public static string FromText(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (char.IsAsciiLetterOrDigit(lower))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(lower);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.Length == 0 ? "item" : builder.ToString();
    }

    private static bool IsSlugChar(char c) => char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c) || c == '-';
}
