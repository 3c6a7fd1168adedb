using Portal.Domain.Reporting.Annex;

namespace Portal.Annex;

/// <summary>Lays an annex out in one format. A writer adds no word of its own: every word is the document's.</summary>
internal interface IAnnexWriter
{
    void Write(AnnexDocument document, AnnexMetadata metadata, Stream stream);
}
