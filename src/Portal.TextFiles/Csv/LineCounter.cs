namespace Portal.TextFiles.Csv;

/// <summary>
/// Finds the line a character offset is on, counting CR, LF and CRLF line endings alike. Offsets must not
/// decrease from one call to the next; records come in file order.
/// </summary>
internal sealed class LineCounter(string text)
{
    private int _offset;
    private int _line = 1;

    public int LineAt(int offset)
    {
        for (; _offset < offset && _offset < text.Length; _offset++)
        {
            var c = text[_offset];
            if (c == '\n' || (c == '\r' && (_offset + 1 == text.Length || text[_offset + 1] != '\n')))
            {
                _line++;
            }
        }

        return _line;
    }
}
