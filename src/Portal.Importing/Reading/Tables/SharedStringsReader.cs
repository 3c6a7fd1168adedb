using System.Globalization;
using System.Xml;
using Portal.Domain.Diagnostics;
using Portal.Domain.Limits;

namespace Portal.Importing.Reading.Tables;

/// <summary>
/// Reads a workbook's shared string table as a stream of items. A string longer than a cell may hold is kept as
/// null, never built: it is refused at the first cell that uses it, where the report can name the row.
/// </summary>
internal static class SharedStringsReader
{
    public static IReadOnlyList<string?> Read(Stream part, string path, TextBudget budget)
    {
        var strings = new List<string?>();
        var text = new BoundedText();
        using var reader = XlsxXml.Open(part);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "si")
            {
                continue;
            }

            if (strings.Count >= InputLimits.MaxCells)
            {
                throw new ExportRefusal(SourceLocation.OfFile(path), string.Create(CultureInfo.InvariantCulture, $"the workbook's shared string table holds more than {InputLimits.MaxCells:N0} strings, more than an export may have cells"));
            }

            text.Clear();
            text.AppendStringItem(reader);
            var value = text.ToText();
            budget.Spend(value?.Length ?? 0, SourceLocation.OfFile(path));
            strings.Add(value);
        }

        return strings;
    }
}
