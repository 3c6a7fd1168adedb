using System.Globalization;
using System.Text;

namespace Portal.TextFiles.Encodings;

/// <summary>
/// Tells Windows-1252 from Mac Roman, the two 8-bit encodings old exports come in, by how each reads the
/// bytes above 127. Read in the right encoding they are accented letters inside words (é in "café") and
/// typographic quotes and dashes; read in the wrong one they become capitals in mid-word ("cafŽ"),
/// control characters, or symbols such as ‡ and √ that no recommendation contains.
/// </summary>
internal static class LegacyEncodingGuesser
{
    private const string TypographicPunctuation = "\u2018\u2019\u201A\u201C\u201D\u201E\u2013\u2014\u2026\u2022\u00AB\u00BB\u00A0\u00B0\u00A7";

    public static (Encoding Encoding, string Why) Guess(ReadOnlySpan<byte> bytes)
    {
        var windows = ExportEncodings.Windows1252;
        var mac = ExportEncodings.MacRoman;
        var windowsScore = Score(bytes, windows);
        var macScore = Score(bytes, mac);
        var crOnly = HasOnlyCarriageReturns(bytes);
        if (macScore > windowsScore)
        {
            return (mac, crOnly ? "not UTF-8; its letters read as Mac Roman, and its lines end in CR as on old Macs" : "not UTF-8; its letters read as Mac Roman");
        }

        if (macScore == windowsScore && crOnly)
        {
            return (mac, "not UTF-8; its letters read alike in both 8-bit encodings, and its lines end in CR as on old Macs");
        }

        return (windows, "not UTF-8; its letters read as Windows-1252");
    }

    /// <summary>Higher is more plausible: each byte above 127 scores by what it decodes to and what stands beside it.</summary>
    internal static int Score(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        var text = encoding.GetString(bytes);
        var score = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 128)
            {
                continue;
            }

            var before = i > 0 ? text[i - 1] : ' ';
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            score += ScoreOf(c, before, after);
        }

        return score;
    }

    private static int ScoreOf(char c, char before, char after)
    {
        if (char.IsControl(c) || c == '\uFFFD')
        {
            return -10;
        }

        if (c is >= '\u00C0' and <= '\u024F' && char.IsLetter(c))
        {
            if (char.IsLower(c))
            {
                return char.IsLetter(before) || char.IsLetter(after) ? 3 : 1;
            }

            return char.IsLower(before) ? -3 : 2;
        }

        if (TypographicPunctuation.Contains(c, StringComparison.Ordinal))
        {
            return char.IsLetter(before) || char.IsLetter(after) || char.IsWhiteSpace(before) || char.IsWhiteSpace(after) ? 3 : 1;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.MathSymbol or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol
            or UnicodeCategory.OtherSymbol or UnicodeCategory.OtherPunctuation or UnicodeCategory.OtherLetter
            ? -3
            : 0;
    }

    /// <summary>Old Mac files end lines with CR alone.</summary>
    private static bool HasOnlyCarriageReturns(ReadOnlySpan<byte> bytes) =>
        bytes.Contains((byte)'\r') && !bytes.Contains((byte)'\n');
}
