using Portal.Domain.Diagnostics;

namespace Portal.TextFiles.Csv;

/// <summary>
/// Where one record's raw text lies in the text of its file, and the positions of its fields when they were
/// already found. The file's text is shared by all its records, so keeping it costs no copy.
/// </summary>
internal readonly record struct RawRecord(string FileText, int Offset, int Length, SourceLocation[]? KnownFieldStarts)
{
    public ReadOnlySpan<char> Text => FileText.AsSpan(Offset, Length);
}
