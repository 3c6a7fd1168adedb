using System.Globalization;

namespace Portal.Importing.Reading.Tables;

/// <summary>
/// Reads a cell reference such as "AB12" within Excel's own bounds, so that a reference past the last column
/// or row, or one whose digits overflow, is refused before any cell is padded out to it.
/// </summary>
internal static class CellReference
{
    /// <summary>Excel's last column, XFD.</summary>
    public const int LastColumn = 16_384;

    /// <summary>Excel's last row.</summary>
    public const int LastRow = 1_048_576;

    private const int MaxRowDigits = 7;

    /// <summary>The zero-based column and the row of a reference; false when Excel could not have written it.</summary>
    public static bool TryParse(ReadOnlySpan<char> reference, out int column, out int row)
    {
        column = 0;
        row = 0;
        var letters = 0;
        while (letters < reference.Length && char.IsAsciiLetter(reference[letters]))
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[letters]) - 'A' + 1);
            if (column > LastColumn)
            {
                return false;
            }

            letters++;
        }

        var digits = reference[letters..];
        if (letters == 0 || digits.Length is 0 or > MaxRowDigits
            || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out row) || row is < 1 or > LastRow)
        {
            return false;
        }

        column--;
        return true;
    }

    /// <summary>A row number as a row element states it, or null when Excel could not have written it.</summary>
    public static int? RowNumber(string text) =>
        text.Length <= MaxRowDigits && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row is >= 1 and <= LastRow
            ? row
            : null;

    /// <summary>A reference as a message quotes it: a hostile one can be millions of characters long.</summary>
    public static string Quote(string reference) => reference.Length <= 24 ? reference : reference[..24] + "…";
}
