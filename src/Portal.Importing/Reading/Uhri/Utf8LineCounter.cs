namespace Portal.Importing.Reading.Uhri;

/// <summary>
/// The line and column of byte offsets in UTF-8 text, columns counted in UTF-16 characters as editors count
/// them. Offsets must not decrease from one call to the next, so a whole file is counted in one pass.
/// </summary>
internal sealed class Utf8LineCounter(byte[] bytes)
{
    private int _offset;
    private int _line = 1;
    private int _column = 1;

    public (int Line, int Column) At(int offset)
    {
        for (; _offset < offset && _offset < bytes.Length; _offset++)
        {
            var b = bytes[_offset];
            if (b == (byte)'\n')
            {
                _line++;
                _column = 1;
            }
            else if ((b & 0xC0) != 0x80)
            {
                // A lead byte starts a character; four-byte sequences are two UTF-16 characters.
                _column += b >= 0xF0 ? 2 : 1;
            }
        }

        return (_line, _column);
    }
}
