namespace Portal.TextFiles.Csv;

/// <summary>
/// Chooses between comma and semicolon from the header line. Spreadsheets in locales whose decimal
/// separator is a comma export semicolons.
/// </summary>
internal static class DelimiterDetector
{
    public static char Detect(string text)
    {
        var commas = 0;
        var semicolons = 0;
        var inQuotes = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && c is '\n' or '\r')
            {
                break;
            }
            else if (!inQuotes && c == ',')
            {
                commas++;
            }
            else if (!inQuotes && c == ';')
            {
                semicolons++;
            }
        }

        return semicolons > commas ? ';' : ',';
    }
}
