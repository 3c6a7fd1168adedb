namespace Portal.Domain.Diagnostics;

/// <summary>A place in an input file. Lines and columns count from 1, as editors show them.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation OfFile(string file) => new(file, 1, 1);

    public SourceLocation AtColumn(int column) => this with { Column = column };

    public override string ToString() => $"{File}:{Line}:{Column}";
}
