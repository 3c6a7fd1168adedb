namespace Portal.Importing;

/// <summary>The exports the importer reads.</summary>
internal enum ImportFormat
{
    /// <summary>OHCHR's Universal Human Rights Index: XLSX, CSV or JSON.</summary>
    Uhri,

    /// <summary>The UPR Info database: CSV or XLSX.</summary>
    UprInfo,

    /// <summary>IMPACT OSS's CSV list export of recommendations.</summary>
    ImpactOss,
}
