using Portal.Domain.Diagnostics;
using Portal.Domain.Validation;

namespace Portal.Tests.Support;

/// <summary>Gives every column name its own column number, so a test can tell which cell a diagnostic blames.</summary>
internal sealed class FakeColumnLocator : IColumnLocator
{
    public static readonly IReadOnlyDictionary<string, int> Columns = new Dictionary<string, int>
    {
        ["id"] = 1,
        ["city"] = 2,
        ["commitment"] = 3,
        ["element"] = 4,
        ["recommendations"] = 5,
        ["framework"] = 6,
    };

    public SourceLocation Locate(SourceLocation row, string column) => row.AtColumn(Columns[column]);
}
