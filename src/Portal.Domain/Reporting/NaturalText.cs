namespace Portal.Domain.Reporting;

/// <summary>Compares text with its runs of digits as numbers: "150.9" before "150.10", "A/HRC/7" before "A/HRC/44".</summary>
public static class NaturalText
{
    public static int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : 1) : -1;
        }

        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var (a, nextI) = Number(x, i);
                var (b, nextJ) = Number(y, j);
                var byNumber = a.CompareTo(b);
                if (byNumber != 0)
                {
                    return byNumber;
                }

                (i, j) = (nextI, nextJ);
                continue;
            }

            var byChar = char.ToUpperInvariant(x[i]).CompareTo(char.ToUpperInvariant(y[j]));
            if (byChar != 0)
            {
                return byChar;
            }

            (i, j) = (i + 1, j + 1);
        }

        return (x.Length - i).CompareTo(y.Length - j);
    }

    /// <summary>The number starting at <paramref name="start"/>, as a decimal so that long runs cannot overflow.</summary>
    private static (decimal Value, int End) Number(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]) && end - start < 28)
        {
            end++;
        }

        return (decimal.Parse(text.AsSpan(start, end - start), System.Globalization.CultureInfo.InvariantCulture), end);
    }
}
