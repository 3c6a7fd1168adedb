namespace Portal.Annex;

/// <summary>The annex's formats: DOCX for the report's drafters, HTML for the site and print, Markdown for pasting.</summary>
internal enum AnnexFormat
{
    Docx,
    Html,
    Md,
}
