using System.Text;
using Portal.Domain.Diagnostics;

namespace Portal.TextFiles.Encodings;

/// <summary>
/// The error for a file whose code page cannot be told: the first line that the rival code pages read
/// differently, shown as each reads it, and the --encoding values that choose one.
/// </summary>
internal static class RivalReadingsMessage
{
    private const int MaxShown = 100;

    public static (SourceLocation At, string Message) For(string path, ReadOnlySpan<byte> bytes, LegacyGuess guess)
    {
        var rivals = guess.Rivals;
        if (rivals.Count == 0)
        {
            return (SourceLocation.OfFile(path), $"the file is {guess.Why}; save it as UTF-8, or name its encoding with --encoding <name>");
        }

        var (line, start, length, column) = FirstLineReadDifferently(bytes, rivals);
        var sample = bytes.Slice(start, length).ToArray();
        var shown = string.Join("; ", rivals.Select(r => $"as {r.Names} (--encoding {ExportEncodings.OptionName(r.Encoding)}) it reads \"{Excerpt(r.Encoding.GetString(sample), column)}\""));
        var options = string.Join(" or ", rivals.Select(r => $"--encoding {ExportEncodings.OptionName(r.Encoding)}"));
        return (
            new SourceLocation(path, line, column + 1),
            $"the file is {guess.Why}, so it is not read: line {line} {shown}. Name the encoding with --encoding <name> ({options}), or save the file as UTF-8");
    }

    /// <summary>The line number, start, length and first differing column of the first line that the readings read differently.</summary>
    private static (int Line, int Start, int Length, int Column) FirstLineReadDifferently(ReadOnlySpan<byte> bytes, IReadOnlyList<CodePageReading> rivals)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b == '\n' || (b == '\r' && (i + 1 == bytes.Length || bytes[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
            else if (b >= 0x80 && ReadDifferently(b, rivals))
            {
                var end = bytes[i..].IndexOfAny((byte)'\r', (byte)'\n');
                return (line, lineStart, i - lineStart + (end < 0 ? bytes.Length - i : end), i - lineStart);
            }
        }

        return (1, 0, Math.Min(bytes.Length, MaxShown), 0);
    }

    private static bool ReadDifferently(byte b, IReadOnlyList<CodePageReading> rivals)
    {
        var first = rivals[0].Encoding.GetString([b]);
        return rivals.Skip(1).Any(r => r.Encoding.GetString([b]) != first);
    }

    /// <summary>The line, or a stretch of it around the column where the readings part, so that the difference shows.</summary>
    private static string Excerpt(string line, int column)
    {
        if (line.Length <= MaxShown)
        {
            return line;
        }

        var from = Math.Clamp(column - MaxShown / 2, 0, line.Length - MaxShown);
        return (from > 0 ? "…" : string.Empty) + line.Substring(from, MaxShown) + (from + MaxShown < line.Length ? "…" : string.Empty);
    }
}
