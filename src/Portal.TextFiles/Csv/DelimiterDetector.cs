namespace Portal.TextFiles.Csv;

/// <summary>
/// Chooses the separator of delimited text from its header line, for the build's data files and for imported
/// exports alike: comma, semicolon (spreadsheets in locales whose decimal separator is a comma) or tab
/// (Excel's "Unicode text"), whichever the header line uses most outside quotes; comma when it uses none.
/// </summary>
internal static class DelimiterDetector
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
