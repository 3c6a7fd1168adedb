using System.Text;
using System.Xml;

namespace Portal.Feeds;

/// <summary>How the feeds and the sitemap are written: UTF-8 without a byte-order mark, indented, LF line endings on every machine.</summary>
internal static class XmlFile
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        CloseOutput = false,
    };

    public static XmlWriter Create(Stream stream) => XmlWriter.Create(stream, Settings);

    /// <summary>An element with text, escaped by the writer and cleaned of what XML cannot hold.</summary>
    public static void Element(XmlWriter xml, string name, string text) => xml.WriteElementString(name, XmlText.Clean(text));
}
