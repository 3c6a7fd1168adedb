namespace Portal.Domain.Reporting.Annex;

/// <summary>The anchors of the annex's fixed parts: element ids in HTML, bookmark names in DOCX.</summary>
public static class AnnexAnchors
{
    public const string Introduction = "introduction";
    public const string Method = "method";
    public const string Findings = "recommendations";
    public const string Closing = "left-out";
}
