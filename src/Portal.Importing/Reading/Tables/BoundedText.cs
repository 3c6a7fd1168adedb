using System.Text;
using System.Xml;
using Portal.Domain.Limits;

namespace Portal.Importing.Reading.Tables;

/// <summary>
/// Collects the text of a cell or a string item from the XML reader a chunk at a time, and stops keeping it
/// once it passes the longest text a cell may hold, so that an overlong string is never built in memory.
/// </summary>
internal sealed class BoundedText
{
    private readonly StringBuilder _text = new();
    private readonly char[] _chunk = new char[4096];

    /// <summary>True when the text ran past <see cref="InputLimits.MaxCellLength"/>; the rest of it was skipped.</summary>
    public bool Overflowed { get; private set; }

    public void Clear()
    {
        _text.Clear();
        Overflowed = false;
    }

    /// <summary>The text collected; null when it overflowed.</summary>
    public string? ToText() => Overflowed ? null : _text.Length == 0 ? string.Empty : _text.ToString();

    /// <summary>Appends all text inside the element the reader is on, and leaves the reader on its end tag.</summary>
    public void AppendContent(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                AppendValue(reader);
            }
        }
    }

    /// <summary>
    /// Appends the text of a string item (a shared string, or an inline string): plain, or the runs of rich text,
    /// without phonetic guides. Leaves the reader on the item's end tag.
    /// </summary>
    public void AppendStringItem(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (reader.Depth > depth && !reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh")
            {
                reader.Skip();
                continue;
            }

            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t")
            {
                AppendContent(reader);
            }

            reader.Read();
        }
    }

    private void AppendValue(XmlReader reader)
    {
        int read;
        while (!Overflowed && (read = reader.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
        {
            if (_text.Length + read > InputLimits.MaxCellLength)
            {
                Overflowed = true;
                _text.Clear();
                return;
            }

            _text.Append(_chunk, 0, read);
        }
    }
}
