using System.Xml;

namespace Portal.Importing.Reading.Tables;

/// <summary>
/// How the importer reads the XML parts of a workbook: a streaming reader that refuses a DTD (so no entity can
/// expand and no outside file is fetched) and stops after <see cref="ImportLimits.MaxPartCharacters"/>, however
/// far the part would unpack.
/// </summary>
internal static class XlsxXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = ImportLimits.MaxPartCharacters,
        IgnoreWhitespace = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    public static XmlReader Open(Stream part) => XmlReader.Create(part, Settings);
}
