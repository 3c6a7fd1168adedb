using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Domain.Model;

namespace Portal.Importing.Mapping;

/// <summary>
/// Turns the dates exports hold into the contract's ISO 8601 form: ISO dates with or without a time,
/// Excel serial numbers, "24 January 2020", "January 2020", and 24/01/2020 or 01/24/2020.
/// </summary>
public static partial class DateText
{
    private static readonly string[] NamedMonthFormats =
        ["d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "d-MMM-yyyy", "dd-MMM-yyyy", "d MMM. yyyy"];

    private static readonly string[] MonthOnlyFormats = ["MMMM yyyy", "MMM yyyy"];

    /// <summary>
    /// Guesses from a whole column whether slashed dates put the day or the month first: one value with a
    /// first number above 12 settles it. Without such a value, the day comes first, as in UN documents.
    /// </summary>
    public static DayMonthOrder InferOrder(IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            var match = Slashed().Match(value.Trim());
            if (!match.Success)
            {
                continue;
            }

            if (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) > 12)
            {
                return DayMonthOrder.DayFirst;
            }

            if (int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) > 12)
            {
                return DayMonthOrder.MonthFirst;
            }
        }

        return DayMonthOrder.DayFirst;
    }

    /// <summary>The date in ISO form, or false when the text is not a date this reads.</summary>
    public static bool TryParse(string? text, bool date1904, DayMonthOrder order, out string isoDate)
    {
        isoDate = string.Empty;
        var value = text?.Trim() ?? string.Empty;
        if (value.Length == 0)
        {
            return false;
        }

        return TryIso(value, out isoDate)
            || TrySerial(value, date1904, out isoDate)
            || TrySlashed(value, order, out isoDate)
            || TryNamedMonth(value, out isoDate);
    }

    private static bool TryIso(string value, out string isoDate)
    {
        isoDate = string.Empty;
        var match = Iso().Match(value);
        if (!match.Success || !PartialDate.TryParse(match.Groups["date"].Value, out _))
        {
            return false;
        }

        isoDate = match.Groups["date"].Value;
        return true;
    }

    /// <summary>Small numbers are years or nonsense, not days since 1900: serials start at 10000 (1927).</summary>
    private static bool TrySerial(string value, bool date1904, out string isoDate)
    {
        isoDate = string.Empty;
        return Serial().IsMatch(value)
            && double.Parse(value, CultureInfo.InvariantCulture) >= 10_000
            && ExcelSerialDate.TryConvert(value, date1904, out isoDate);
    }

    private static bool TrySlashed(string value, DayMonthOrder order, out string isoDate)
    {
        isoDate = string.Empty;
        var match = Slashed().Match(value);
        if (!match.Success)
        {
            return false;
        }

        var first = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var second = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        var (day, month) = order == DayMonthOrder.DayFirst ? (first, second) : (second, first);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        isoDate = new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return true;
    }

    private static bool TryNamedMonth(string value, out string isoDate)
    {
        isoDate = string.Empty;
        if (DateTime.TryParseExact(value, NamedMonthFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var day))
        {
            isoDate = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return true;
        }

        if (DateTime.TryParseExact(value, MonthOnlyFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var month))
        {
            isoDate = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            return true;
        }

        return false;
    }

    [GeneratedRegex(@"^(?<date>\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"^\d+(?:\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Serial();

    [GeneratedRegex(@"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Slashed();
}
