namespace Portal.Annex;

/// <summary>The writer of each format, and the file extension it is saved with.</summary>
internal static class AnnexWriters
{
    public static IAnnexWriter For(AnnexFormat format) => format switch
    {
        AnnexFormat.Docx => new DocxAnnexWriter(),
        AnnexFormat.Html => new HtmlAnnexWriter(),
        AnnexFormat.Md => new MarkdownAnnexWriter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static string Extension(AnnexFormat format) => format.ToString().ToLowerInvariant();
}
