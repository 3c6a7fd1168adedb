using System.Text;
using UtfUnknown;

namespace Portal.TextFiles.Encodings;

/// <summary>
/// Chooses the single-byte code page of a file that is not UTF-8, or refuses to. Each code page of
/// <see cref="ExportEncodings.SingleByte"/> that can hold the bytes is read; code pages that read the bytes
/// alike count as one reading. A reading is plausible when its words read as one language
/// (<see cref="ReadingJudge"/>). When several are plausible, the States named with --country say which code
/// pages are likely; a reading whose words keep to one language clearly better than the others' wins; and
/// UTF.Unknown's detector, which weighs the letter statistics of many languages, may settle it, but only
/// where the readings differ in enough words for statistics to mean something. Otherwise
/// no guess is made: a wrong one would change letters without a word ("Plzeň" read as "Plzeò").
/// </summary>
internal static class LegacyEncodingGuesser
{
    /// <summary>The detector decides only with this confidence or more.</summary>
    private const float DetectorConfidence = 0.7f;

    /// <summary>Words that the rival readings read differently, below which the detector's statistics decide nothing.</summary>
    private const int WordsForStatistics = 10;

    /// <summary>The detector reads this much of a file at most: enough for its statistics, and quick.</summary>
    private const int DetectorSample = 4 * 1024 * 1024;

    public static LegacyGuess Guess(ReadOnlySpan<byte> bytes, IReadOnlySet<int> likelyCodePages)
    {
        var words = HighByteWords.Of(bytes);
        var readings = Readings(words, ExportEncodings.SingleByte.Where(e => ReadingJudge.CanHold(words.Present, e)));
        if (readings.Count == 0)
        {
            return new LegacyGuess(null, "not UTF-8, and it holds bytes that mean nothing in any 8-bit code page this reads", []);
        }

        var plausible = readings.Where(r => r.IsPlausible).ToList();
        if (plausible.Count == 1)
        {
            return Chosen(plausible[0], readings.Count == 1 ? "the only 8-bit code page that holds its bytes" : $"the only code page in which its words read as {plausible[0].Language}");
        }

        if (plausible.Count == 0)
        {
            return new LegacyGuess(null, "not UTF-8, and its words read oddly in every 8-bit code page this knows", [.. readings.OrderBy(r => r.OddWords).Take(3)]);
        }

        var hinted = plausible.Where(r => r.Encodings.Any(e => likelyCodePages.Contains(WindowsCodePageOf(e)))).ToList();
        var detected = Detected(bytes, plausible, words);
        if (hinted.Count == 1 && (detected is null || detected == hinted[0]))
        {
            return Chosen(hinted[0], $"its words read as {hinted[0].Language} in more than one code page, and --country makes {hinted[0].Encoding.WebName} likely");
        }

        if (hinted.Count != 1 && FewestForeignWords(plausible) is { } native)
        {
            return Chosen(native, $"its words read as {native.Language} in more than one code page, and in {native.Encoding.WebName} the fewest of them borrow letters from another language");
        }

        if (hinted.Count != 1 && detected is not null)
        {
            return Chosen(detected, $"its words read as {detected.Language}, and letter statistics pick it over {string.Join(" and ", plausible.Where(r => r != detected).Select(r => r.Names))}");
        }

        var rivals = hinted.Count == 1 && detected is not null ? [hinted[0], detected] : plausible.OrderBy(r => r.OddWords).ToList();
        return new LegacyGuess(null, "not UTF-8, and its bytes read plausibly in more than one code page", rivals);
    }

    /// <summary>
    /// The reading whose words keep to one language clearly more than any other reading's do: Spanish "niños"
    /// in Windows-1252 against "nińos", a Polish letter among Spanish ones, in Windows-1250. Clearly: by two
    /// words and one word in twenty at least, so that a name or two decide nothing.
    /// </summary>
    private static CodePageReading? FewestForeignWords(List<CodePageReading> plausible)
    {
        var best = plausible.MinBy(r => r.ForeignWords)!;
        var margin = Math.Max(2, best.Words / 20);
        return plausible.All(r => r == best || r.ForeignWords >= best.ForeignWords + margin) ? best : null;
    }

    private static LegacyGuess Chosen(CodePageReading reading, string why) => new(reading, $"not UTF-8; {why}", []);

    /// <summary>The file read in each code page, those that read every byte alike taken together.</summary>
    private static List<CodePageReading> Readings(HighByteWords words, IEnumerable<Encoding> encodings)
    {
        var highBytes = Enumerable.Range(0x80, 0x80).Where(b => words.Present[b]).Select(b => (byte)b).ToArray();
        return [.. encodings
            .GroupBy(e => e.GetString(highBytes), StringComparer.Ordinal)
            .Select(g => ReadingJudge.Judge(words, [.. g]))];
    }

    /// <summary>The plausible reading UTF.Unknown picks with confidence, if the readings differ in enough words for its statistics to count.</summary>
    private static CodePageReading? Detected(ReadOnlySpan<byte> bytes, List<CodePageReading> plausible, HighByteWords words)
    {
        var result = CharsetDetector.DetectFromBytes(bytes[..Math.Min(bytes.Length, DetectorSample)]);
        if (result.Detected is not { Encoding: { } encoding } detection || detection.Confidence < DetectorConfidence)
        {
            return null;
        }

        var pick = plausible.FirstOrDefault(r => r.Includes(encoding.CodePage));
        if (pick is null || plausible.Any(r => r != pick && r.OddWords < pick.OddWords))
        {
            return null;
        }

        return plausible.Where(r => r != pick).All(r => WordsReadDifferently(words, pick.Encoding, r.Encoding) >= WordsForStatistics) ? pick : null;
    }

    private static int WordsReadDifferently(HighByteWords words, Encoding one, Encoding other) =>
        words.Counts.Where(w => one.GetString(HighByteWords.BytesOf(w.Key)) != other.GetString(HighByteWords.BytesOf(w.Key))).Sum(w => w.Value);

    /// <summary>The Windows code page that writes the same languages, which is what --country makes likely.</summary>
    private static int WindowsCodePageOf(Encoding encoding) => encoding.CodePage switch
    {
        28591 or 28605 or 10000 => 1252,
        28592 => 1250,
        28595 => 1251,
        28597 => 1253,
        28599 => 1254,
        var page => page,
    };
}
