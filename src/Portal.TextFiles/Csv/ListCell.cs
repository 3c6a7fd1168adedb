using System.Text;

namespace Portal.TextFiles.Csv;

/// <summary>
/// The list cells of the data contract (themes, SDGs, affected persons, ids): values separated by semicolons.
/// A value that holds a semicolon writes it as <c>\;</c>, and a backslash before a semicolon or another backslash as
/// <c>\\</c>, so that a label such as "Children: definition; general principles; protection" is one value, read back
/// exactly as written. Any other backslash is an ordinary character, so cells written before this rule read the same.
/// </summary>
public static class ListCell
{
    public const char Separator = ';';
    private const char Escape = '\\';

    /// <summary>The values of a cell, each trimmed; empty values are left out.</summary>
    public static IReadOnlyList<string> Split(string cell)
    {
        if (cell.Length == 0)
        {
            return [];
        }

        if (cell.IndexOf(Escape) < 0)
        {
            return cell.Split(Separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        }

        var values = new List<string>();
        var value = new StringBuilder();
        for (var i = 0; i < cell.Length; i++)
        {
            var c = cell[i];
            if (c == Escape && i + 1 < cell.Length && cell[i + 1] is Separator or Escape)
            {
                value.Append(cell[++i]);
            }
            else if (c == Separator)
            {
                AddTrimmed(values, value);
            }
            else
            {
                value.Append(c);
            }
        }

        AddTrimmed(values, value);
        return values;
    }

    /// <summary>Values joined with the separator, escaped so that <see cref="Split"/> gives them back unchanged.</summary>
    public static string Join(IEnumerable<string> values) => string.Join(Separator, values.Select(Escaped));

    private static string Escaped(string value)
    {
        if (value.IndexOf(Separator) < 0 && value.IndexOf(Escape) < 0)
        {
            return value;
        }

        var text = new StringBuilder(value.Length + 4);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var next = i + 1 < value.Length ? value[i + 1] : Separator;
            if (c == Separator || (c == Escape && next is Separator or Escape))
            {
                text.Append(Escape);
            }

            text.Append(c);
        }

        return text.ToString();
    }

    private static void AddTrimmed(List<string> values, StringBuilder value)
    {
        var text = value.ToString().Trim();
        if (text.Length > 0)
        {
            values.Add(text);
        }

        value.Clear();
    }
}
