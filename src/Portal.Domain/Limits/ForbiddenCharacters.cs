using System.Globalization;

namespace Portal.Domain.Limits;

/// <summary>
/// Characters no cell or page may hold: control characters other than tab and line breaks (a NUL ends strings
/// in other tools, BEL and ESC drive terminals) and halves of surrogate pairs that have no other half, which no
/// encoding can write. The loaders refuse them at their cell, and the importers refuse to write them.
/// </summary>
public static class ForbiddenCharacters
{
    /// <summary>The index of the first forbidden character, or -1 when the text has none.</summary>
    public static int IndexIn(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (IsForbidden(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>How a message names the character: its code point and what it is.</summary>
    public static string Describe(char c) =>
        string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4} ({(char.IsSurrogate(c) ? "half of a surrogate pair" : "a control character")})");

    private static bool IsForbidden(char c) => c is not ('\t' or '\n' or '\r') && (char.IsControl(c) || char.IsSurrogate(c));
}
