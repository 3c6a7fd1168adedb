namespace Portal.TextFiles.Encodings;

/// <summary>
/// The words of a file that hold bytes above 127, with how often each occurs: the only words whose reading
/// depends on the code page. A word is a run of ASCII letters and digits and bytes above 127, so punctuation
/// such as ’ and – stays inside the word it touches, as it does in the bytes.
/// </summary>
internal sealed class HighByteWords
{
    /// <summary>Enough distinct words to judge any real file; past them, a huge file's words are still counted if seen before.</summary>
    private const int MaxDistinctWords = 50_000;

    private HighByteWords(Dictionary<string, int> counts, bool[] present)
    {
        Counts = counts;
        Present = present;
    }

    /// <summary>Each word as its bytes (one char per byte, as ISO-8859-1 maps them), and its number of occurrences.</summary>
    public IReadOnlyDictionary<string, int> Counts { get; }

    /// <summary>Which byte values above 127 occur anywhere in the file, indexed by the byte.</summary>
    public bool[] Present { get; }

    public static HighByteWords Of(ReadOnlySpan<byte> bytes)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var present = new bool[256];
        var start = -1;
        var high = false;
        for (var i = 0; i <= bytes.Length; i++)
        {
            var b = i < bytes.Length ? bytes[i] : (byte)' ';
            if (b >= 0x80 || char.IsAsciiLetterOrDigit((char)b))
            {
                start = start < 0 ? i : start;
                high |= b >= 0x80;
                present[b] |= b >= 0x80;
                continue;
            }

            if (start >= 0 && high)
            {
                Count(counts, bytes[start..i]);
            }

            start = -1;
            high = false;
        }

        return new HighByteWords(counts, present);
    }

    private static void Count(Dictionary<string, int> counts, ReadOnlySpan<byte> word)
    {
        var key = string.Create(word.Length, word.ToArray(), static (chars, raw) =>
        {
            for (var i = 0; i < raw.Length; i++)
            {
                chars[i] = (char)raw[i];
            }
        });
        if (counts.TryGetValue(key, out var count))
        {
            counts[key] = count + 1;
        }
        else if (counts.Count < MaxDistinctWords)
        {
            counts[key] = 1;
        }
    }

    /// <summary>The bytes of a word as <see cref="Counts"/> keys them.</summary>
    public static byte[] BytesOf(string word) => [.. word.Select(c => (byte)c)];
}
