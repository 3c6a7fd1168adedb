using System.Xml;
using Portal.Domain.Model;
using Portal.Rendering;

namespace Portal.Feeds;

/// <summary>Writes an Atom feed (RFC 4287) with XmlWriter, which escapes every value it is given.</summary>
internal static class AtomWriter
{
    public const string Namespace = "http://www.w3.org/2005/Atom";
    public const string MediaType = "application/atom+xml";

    public static void Write(AtomFeed feed, Stream stream)
    {
        using var xml = XmlFile.Create(stream);
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", Namespace);
        XmlFile.Element(xml, "id", feed.Id);
        XmlFile.Element(xml, "title", feed.Title);
        if (feed.Subtitle is { } subtitle)
        {
            XmlFile.Element(xml, "subtitle", subtitle);
        }

        XmlFile.Element(xml, "updated", Timestamp(feed.Updated));
        Link(xml, "self", MediaType, feed.SelfUrl);
        Link(xml, "alternate", "text/html", feed.PageUrl);
        Author(xml, feed.Author);
        foreach (var entry in feed.Entries)
        {
            Entry(xml, entry);
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>An RFC 3339 timestamp: the first moment of the date, in UTC, never the machine's time zone.</summary>
    public static string Timestamp(PartialDate date) =>
        Format.Date(date.Start) + "T00:00:00Z";

    private static void Entry(XmlWriter xml, AtomEntry entry)
    {
        xml.WriteStartElement("entry");
        XmlFile.Element(xml, "id", entry.Id);
        XmlFile.Element(xml, "title", entry.Title);
        XmlFile.Element(xml, "updated", Timestamp(entry.Updated));
        Link(xml, "alternate", "text/html", entry.Url);
        Author(xml, entry.Author);
        if (entry.Summary is { Length: > 0 } summary)
        {
            XmlFile.Element(xml, "summary", summary);
        }

        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string relation, string type, string href)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", relation);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", XmlText.Clean(href));
        xml.WriteEndElement();
    }

    private static void Author(XmlWriter xml, string name)
    {
        xml.WriteStartElement("author");
        XmlFile.Element(xml, "name", name);
        xml.WriteEndElement();
    }
}
