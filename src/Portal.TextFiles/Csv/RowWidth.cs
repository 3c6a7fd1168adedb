namespace Portal.TextFiles.Csv;

/// <summary>How strictly rows must match the header's width.</summary>
internal enum RowWidth
{
    /// <summary>Exports: a short row reads as empty cells, extra cells that are empty are ignored.</summary>
    Tolerant,

    /// <summary>recommendations.csv: every row has exactly the header's cells, as the site's checks require.</summary>
    Exact,
}
