using System.Text;
using System.Text.Unicode;
using Portal.Domain.Diagnostics;

namespace Portal.TextFiles.Encodings;

/// <summary>
/// Reads the bytes of a text export as real exports come: UTF-8 with or without a byte-order mark, UTF-16
/// and UTF-32 with one (Excel's "Unicode text"), or, when the bytes are not UTF-8, a single-byte code page
/// chosen by <see cref="LegacyEncodingGuesser"/>, which refuses rather than guesses when several read
/// plausibly. --encoding overrides the guess. The report says which encoding was used and why.
/// </summary>
internal static class ExportDecoding
{
    private static readonly (byte[] Mark, Encoding Encoding)[] ByteOrderMarks =
    [
        ([0xFF, 0xFE, 0x00, 0x00], new UTF32Encoding(bigEndian: false, byteOrderMark: true)),
        ([0x00, 0x00, 0xFE, 0xFF], new UTF32Encoding(bigEndian: true, byteOrderMark: true)),
        ([0xEF, 0xBB, 0xBF], new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)),
        ([0xFF, 0xFE], new UnicodeEncoding(bigEndian: false, byteOrderMark: true)),
        ([0xFE, 0xFF], new UnicodeEncoding(bigEndian: true, byteOrderMark: true)),
    ];

    /// <summary>The text, or null when the encoding cannot be told, with an error at the first line that the rival code pages read differently.</summary>
    /// <param name="likelyCodePages">The Windows code pages that the States named with --country write in (<see cref="CountryCodePages"/>).</param>
    public static DecodedText? Decode(string path, byte[] bytes, Encoding? chosen, IReadOnlySet<int> likelyCodePages, DiagnosticBag diagnostics)
    {
        if (chosen is not null)
        {
            var mark = chosen.Preamble;
            var skip = mark.Length > 0 && bytes.AsSpan().StartsWith(mark) ? mark.Length : 0;
            return new DecodedText(chosen.GetString(bytes, skip, bytes.Length - skip), ExportEncodings.DisplayName(chosen), "as --encoding says");
        }

        foreach (var (mark, encoding) in ByteOrderMarks)
        {
            if (bytes.AsSpan().StartsWith(mark))
            {
                return new DecodedText(encoding.GetString(bytes, mark.Length, bytes.Length - mark.Length), ExportEncodings.DisplayName(encoding), "from its byte-order mark");
            }
        }

        if (LooksLikeUtf16(bytes, out var utf16))
        {
            return new DecodedText(utf16.GetString(bytes), ExportEncodings.DisplayName(utf16), "no byte-order mark; every other byte is zero");
        }

        if (Utf8.IsValid(bytes))
        {
            return new DecodedText(Encoding.UTF8.GetString(bytes), "UTF-8", "valid UTF-8");
        }

        var guess = LegacyEncodingGuesser.Guess(bytes, likelyCodePages);
        if (guess.Chosen is not { } reading)
        {
            var (at, message) = RivalReadingsMessage.For(path, bytes, guess);
            diagnostics.Error(at, message);
            return null;
        }

        return new DecodedText(reading.Encoding.GetString(bytes), ExportEncodings.DisplayName(reading.Encoding), guess.Why + "; use --encoding to choose another");
    }

    /// <summary>UTF-16 without a mark: ASCII text then has a zero in every other byte.</summary>
    private static bool LooksLikeUtf16(byte[] bytes, out Encoding encoding)
    {
        encoding = Encoding.Unicode;
        var sample = Math.Min(bytes.Length, 4096) & ~1;
        if (sample < 4)
        {
            return false;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample; i += 2)
        {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample / 2;
        if (oddZeros > pairs * 0.4 && evenZeros == 0)
        {
            encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
            return true;
        }

        if (evenZeros > pairs * 0.4 && oddZeros == 0)
        {
            encoding = new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
            return true;
        }

        return false;
    }
}
