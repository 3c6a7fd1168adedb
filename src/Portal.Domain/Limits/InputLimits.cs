namespace Portal.Domain.Limits;

/// <summary>
/// The budgets every reader of outside input keeps: the build's loaders and the importers share them, so an
/// import never writes what the next build would refuse. A reader checks a budget before it spends the memory.
/// </summary>
public static class InputLimits
{
    /// <summary>The longest text a cell may hold: a page of Markdown is a few thousand characters.</summary>
    public const int MaxCellLength = 100_000;

    /// <summary>The contract's widest file has 20 columns, an export a few dozen; far more means the file is not what it claims to be.</summary>
    public const int MaxColumns = 1_000;

    /// <summary>
    /// The longest id a row may have. Ids become folder names and addresses, and a file system allows 255 bytes to a
    /// name: an id past this budget fails at its cell, not with an error about the output folder.
    /// </summary>
    public const int MaxIdLength = 100;
}
