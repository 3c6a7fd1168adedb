namespace Portal.Importing.Mapping;

/// <summary>
/// Splits the multi-value cells of OHCHR and IMPACT OSS exports: one value per line, each line starting
/// with "- ". A cell with a single value often has no dash at all.
/// </summary>
public static class MultiValueCell
{
    private static readonly string[] LineBreaks = ["\r\n", "\n", "\r"];

    public static IReadOnlyList<string> Split(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return [];
        }

        var values = new List<string>();
        foreach (var line in cell.Split(LineBreaks, StringSplitOptions.None))
        {
            var value = TextCleaner.Clean(WithoutBullet(line.Trim()));
            if (value.Length > 0 && !values.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                values.Add(value);
            }
        }

        return values;
    }

    private static string WithoutBullet(string line)
    {
        if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("-\t", StringComparison.Ordinal)
            || line.StartsWith("• ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal))
        {
            return line[2..];
        }

        return line == "-" ? string.Empty : line;
    }
}
