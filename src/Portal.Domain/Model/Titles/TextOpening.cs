namespace Portal.Domain.Model.Titles;

/// <summary>The start of a text, cut at the last word that fits, so that a title never ends in half a word.</summary>
public static class TextOpening
{
    /// <summary>Punctuation that would dangle before the ellipsis.</summary>
    private static readonly char[] Dangling = [',', ';', ':', '.', '-', '–', '—', '(', ' '];

    public static string Of(string text, int maxLength, string ellipsis)
    {
        var flat = string.Join(' ', text.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= maxLength)
        {
            return flat;
        }

        var lastSpace = flat.LastIndexOf(' ', maxLength);
        var cut = lastSpace > 0 ? lastSpace : WithinWord(flat, maxLength);
        return flat[..cut].TrimEnd(Dangling) + ellipsis;
    }

    /// <summary>A first word longer than the limit is cut at the limit, never between the halves of a surrogate pair.</summary>
    private static int WithinWord(string text, int maxLength) =>
        char.IsLowSurrogate(text[maxLength]) ? maxLength - 1 : maxLength;
}
