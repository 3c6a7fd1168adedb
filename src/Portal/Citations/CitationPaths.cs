namespace Portal.Citations;

/// <summary>Where a record page's citation files are written: beside the page.</summary>
public static class CitationPaths
{
    public const string BibTexFile = "citation.bib";

    public const string RisFile = "citation.ris";

    public static string BibTex(string pagePath) => pagePath + BibTexFile;

    public static string Ris(string pagePath) => pagePath + RisFile;
}
