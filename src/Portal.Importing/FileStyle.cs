namespace Portal.Importing;

/// <summary>How recommendations.csv was saved, so that writing it back changes only what the import changed.</summary>
internal sealed record FileStyle(string NewLine, bool ByteOrderMark)
{
    public static FileStyle Default { get; } = new("\n", false);
}
