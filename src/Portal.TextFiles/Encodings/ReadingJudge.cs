using System.Globalization;
using System.Text;

namespace Portal.TextFiles.Encodings;

/// <summary>
/// Judges how a file reads in a code page, word by word. A word reads oddly when it mixes scripts ("Genиve"),
/// has a capital after a small letter that is not ASCII ("PlzeÚ"), is mostly accented Latin letters
/// ("Ðîññèÿ", Russian read as Western), is an accented Latin letter alone that no language uses as a word
/// ("ŕ", French "à" read as Central European), holds a symbol no text holds ("½uvre"), or uses a letter that
/// the language of the rest of the file does not have.
/// </summary>
internal static class ReadingJudge
{
    /// <summary>Punctuation and signs above ASCII that real text holds.</summary>
    private const string UsualSigns = "\u2018\u2019\u201A\u201C\u201D\u201E\u2013\u2014\u2026\u2022\u00AB\u00BB\u00A0\u00B0\u00A7\u00AD\u00B7\u20AC\u00A3\u00A5\u00A2\u00A9\u00AE\u2122\u00B1\u00D7\u00BF\u00A1\u00AA\u00BA\u060C\u061B\u061F\u0640\u200C\u200D\u200E\u200F\u2030\u2039\u203A";

    /// <summary>The accented Latin letters that are words on their own: French and Portuguese à, Italian è, Portuguese é, Spanish ó.</summary>
    private const string OneLetterWords = "àèéóòùáú";

    public static CodePageReading Judge(HighByteWords words, IReadOnlyList<Encoding> encodings)
    {
        var encoding = encodings[0];
        var decoded = words.Counts.Select(w => (Text: encoding.GetString(HighByteWords.BytesOf(w.Key)), Count: w.Value)).ToList();
        var alphabets = BestAlphabets(decoded);
        var odd = 0;
        var foreign = 0;
        var total = 0;
        foreach (var (text, count) in decoded)
        {
            total += count;
            odd += ReadsOddly(text, alphabets) ? count : 0;
            foreign += UsesLettersOfAnotherLanguage(text, alphabets) ? count : 0;
        }

        var language = string.Join(" and ", alphabets.Values.Select(a => a.Language.Region + " text"));
        return new CodePageReading(encodings, odd, foreign, total, language.Length > 0 ? language : ScriptNames(decoded));
    }

    /// <summary>False when a byte the file holds means nothing in the code page, or a control character: the file cannot be in it.</summary>
    public static bool CanHold(bool[] present, Encoding encoding)
    {
        for (var b = 0x80; b < 0x100; b++)
        {
            if (present[b] && !IsText(encoding.GetString([(byte)b])[0]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsText(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Control or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate)
        && c != '\uFFFD';

    /// <summary>For each script, the language whose letters cover most of the file's letters beyond ASCII.</summary>
    private static Dictionary<Script, (LanguageAlphabet Language, string Region)> BestAlphabets(List<(string Text, int Count)> decoded)
    {
        var letters = new Dictionary<char, int>();
        foreach (var (text, count) in decoded)
        {
            foreach (var c in text)
            {
                if (c > '\u007F' && char.IsLetter(c))
                {
                    var lower = Lower(c);
                    letters[lower] = letters.GetValueOrDefault(lower) + count;
                }
            }
        }

        var best = new Dictionary<Script, (LanguageAlphabet Language, string Region)>();
        foreach (var script in LanguageAlphabets.All.Select(a => Scripts.Of(a.Letters[0])).Distinct())
        {
            var candidates = LanguageAlphabets.All.Where(a => Scripts.Of(a.Letters[0]) == script).ToList();
            var covered = candidates.Select(a => (Alphabet: a, Covered: letters.Where(l => a.Letters.Contains(l.Key, StringComparison.Ordinal)).Sum(l => l.Value))).ToList();
            var top = covered.MaxBy(c => c.Covered);
            if (top.Covered > 0)
            {
                best[script] = (top.Alphabet, string.Concat(candidates.Where(a => a.Region == top.Alphabet.Region).Select(a => a.Letters)));
            }
        }

        return best;
    }

    private static bool ReadsOddly(string word, Dictionary<Script, (LanguageAlphabet Language, string Region)> alphabets)
    {
        var runStart = 0;
        for (var i = 0; i <= word.Length; i++)
        {
            if (i < word.Length && char.IsLetter(word[i]) && !UsualSigns.Contains(word[i], StringComparison.Ordinal))
            {
                continue;
            }

            if (i > runStart && RunReadsOddly(word.AsSpan(runStart, i - runStart), alphabets))
            {
                return true;
            }

            if (i < word.Length && !char.IsAsciiDigit(word[i]) && !UsualSigns.Contains(word[i], StringComparison.Ordinal)
                && CharUnicodeInfo.GetUnicodeCategory(word[i]) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.DecimalDigitNumber))
            {
                return true;
            }

            runStart = i + 1;
        }

        return false;
    }

    /// <summary>A run of letters: one script, no capital after a small letter beyond ASCII, not mostly accents, letters of the file's language.</summary>
    private static bool RunReadsOddly(ReadOnlySpan<char> run, Dictionary<Script, (LanguageAlphabet Language, string Region)> alphabets)
    {
        var script = Scripts.Of(run[0]);
        var beyondAscii = 0;
        for (var i = 0; i < run.Length; i++)
        {
            var c = run[i];
            if (Scripts.Of(c) != script || script == Script.Other)
            {
                return true;
            }

            if (i > 0 && char.IsUpper(c) && char.IsLower(run[i - 1]) && (c > '\u007F' || run[i - 1] > '\u007F'))
            {
                return true;
            }

            if (c > '\u007F')
            {
                beyondAscii++;
                var lower = Lower(c);
                if (lower > '\u007F' && alphabets.TryGetValue(script, out var alphabet) && !alphabet.Region.Contains(lower, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        if (script == Script.Latin && run.Length == 1 && beyondAscii == 1)
        {
            return !OneLetterWords.Contains(Lower(run[0]), StringComparison.Ordinal);
        }

        return script == Script.Latin && beyondAscii >= 3 && beyondAscii * 2 > run.Length;
    }

    /// <summary>True when the word has a letter beyond ASCII that the file's main language of its script does not write.</summary>
    private static bool UsesLettersOfAnotherLanguage(string word, Dictionary<Script, (LanguageAlphabet Language, string Region)> alphabets)
    {
        foreach (var c in word)
        {
            var lower = Lower(c);
            if (lower > '\u007F' && char.IsLetter(c) && alphabets.TryGetValue(Scripts.Of(c), out var alphabet) && !alphabet.Language.Letters.Contains(lower, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower case as the alphabets write it. .NET's invariant casing leaves Turkish İ as it is; its small letter is i.</summary>
    private static char Lower(char c) => c == '\u0130' ? 'i' : char.ToLowerInvariant(c);

    private static string ScriptNames(List<(string Text, int Count)> decoded) =>
        decoded.SelectMany(d => d.Text).Where(char.IsLetter).Select(Scripts.Of).Contains(Script.Arabic) ? "Arabic text" : "text without letters beyond ASCII";
}
