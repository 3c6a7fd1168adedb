using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Portal.Domain.Diagnostics;

namespace Portal.TextFiles.Encodings;

/// <summary>
/// Turns file bytes into text: UTF-8 with or without a byte-order mark. A file in another encoding is
/// refused at the first byte that is not UTF-8, rather than shown with replacement characters.
/// </summary>
internal static class TextDecoder
{
    public static string? Decode(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith(Encoding.Unicode.Preamble) || bytes.StartsWith(Encoding.BigEndianUnicode.Preamble))
        {
            diagnostics.Error(new SourceLocation(path, 1, 1), "the file is UTF-16 text; save it as UTF-8 (in a spreadsheet: CSV UTF-8)");
            return null;
        }

        var preamble = Encoding.UTF8.Preamble;
        var skipped = bytes.StartsWith(preamble) ? preamble.Length : 0;
        bytes = bytes[skipped..];

        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            var text = new string(chars, 0, written);
            if (text.Contains('\0'))
            {
                diagnostics.Error(LocationOf(text, text.IndexOf('\0'), path), "the file holds a NUL character; it looks binary, not text");
                return null;
            }

            return text;
        }

        var prefix = new string(chars, 0, written);
        diagnostics.Error(
            LocationOf(prefix, prefix.Length, path),
            $"the file is not valid UTF-8 (byte 0x{bytes[read]:X2} at offset {skipped + read}); save it as UTF-8 (in a spreadsheet: CSV UTF-8); the build reads UTF-8 only and does not guess another encoding");
        return null;
    }

    /// <summary>The line and column of a character of the text, counting CR, LF and CRLF line endings alike.</summary>
    public static SourceLocation LocationOf(string text, int offset, string path)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(path, line, offset - lineStart + 1);
    }
}
