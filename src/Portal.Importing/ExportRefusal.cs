using Portal.Domain.Diagnostics;

namespace Portal.Importing;

/// <summary>
/// Thrown by an export reader, deep inside a part or an item, when the export breaks a budget or cannot be read
/// safely: the reader's entry point turns it into an error at <see cref="Location"/> and reads no further.
/// </summary>
internal sealed class ExportRefusal(SourceLocation location, string message) : Exception(message)
{
    public SourceLocation Location { get; } = location;
}
