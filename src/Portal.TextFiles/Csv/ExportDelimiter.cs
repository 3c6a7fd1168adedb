namespace Portal.TextFiles.Csv;

/// <summary>
/// Chooses the separator of a text export from its header line: comma, semicolon (spreadsheets in locales
/// with a decimal comma) or tab (Excel's "Unicode text").
/// </summary>
internal static class ExportDelimiter
{
    private static readonly char[] Candidates = [',', ';', '\t'];

    public static char Detect(string text)
    {
        var counts = new int[Candidates.Length];
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
            else if (!inQuotes && Array.IndexOf(Candidates, c) is var index and >= 0)
            {
                counts[index]++;
            }
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return Candidates[best];
    }

    public static string NameOf(char delimiter) => delimiter switch
    {
        ';' => "semicolon-separated",
        '\t' => "tab-separated",
        _ => "comma-separated",
    };
}
