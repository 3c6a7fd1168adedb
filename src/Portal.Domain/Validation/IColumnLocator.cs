using Portal.Domain.Diagnostics;

namespace Portal.Domain.Validation;

/// <summary>
/// Finds where a named column of a row starts, so a problem found after loading (a broken reference)
/// still points at the exact cell. The loader knows the columns; the validator only asks.
/// </summary>
public interface IColumnLocator
{
    SourceLocation Locate(SourceLocation row, string column);
}
