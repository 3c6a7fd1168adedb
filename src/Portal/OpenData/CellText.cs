using System.Globalization;
using Portal.Domain.Model;
using Portal.TextFiles.Csv;

namespace Portal.OpenData;

/// <summary>A cell as CSV spells it: invariant numbers, true and false, ISO dates, lists joined with semicolons (a semicolon inside a value escaped as \;), empty for no value.</summary>
internal static class CellText
{
    public static string Of(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        long whole => whole.ToString(CultureInfo.InvariantCulture),
        // "R" writes the shortest text that reads back as the same number, the same on every machine.
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        PartialDate date => date.ToString(),
        IReadOnlyList<string> list => ListCell.Join(list),
        _ => throw new ArgumentException($"a published cell cannot hold a {value.GetType().Name}", nameof(value)),
    };
}
