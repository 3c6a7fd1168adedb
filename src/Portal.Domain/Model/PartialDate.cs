using System.Globalization;

namespace Portal.Domain.Model;

/// <summary>
/// An ISO 8601 calendar date that may stop at the year or the month (2025, 2025-06, 2025-06-30),
/// as exports often do. A partial date stands for the whole period it names.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private PartialDate(int year, int? month, int? day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }

    public int? Month { get; }

    public int? Day { get; }

    /// <summary>The first day of the period the date names.</summary>
    public DateOnly Start => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day of the period the date names: a commitment due "2025" is due by 31 December 2025.</summary>
    public DateOnly End => (Month, Day) switch
    {
        (null, _) => new DateOnly(Year, 12, 31),
        ({ } m, null) => new DateOnly(Year, m, DateTime.DaysInMonth(Year, m)),
        ({ } m, { } d) => new DateOnly(Year, m, d),
    };

    /// <summary>The start of the period as a fractional year (2024-07-01 is about 2024.5), for growth rates.</summary>
    public double DecimalYear
    {
        get
        {
            var start = Start;
            var daysInYear = DateTime.IsLeapYear(Year) ? 366.0 : 365.0;
            return Year + (start.DayOfYear - 1) / daysInYear;
        }
    }

    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    public static PartialDate FromYear(int year) => new(year, null, null);

    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || !TryParsePart(parts[0], 4, 1, 9999, out var year))
        {
            return false;
        }

        int? month = null;
        int? day = null;
        if (parts.Length >= 2)
        {
            if (!TryParsePart(parts[1], 2, 1, 12, out var m))
            {
                return false;
            }

            month = m;
        }

        if (parts.Length == 3)
        {
            if (!TryParsePart(parts[2], 2, 1, DateTime.DaysInMonth(year, month!.Value), out var d))
            {
                return false;
            }

            day = d;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    public int CompareTo(PartialDate other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : End.CompareTo(other.End);
    }

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    public override string ToString() => (Month, Day) switch
    {
        (null, _) => Year.ToString("D4", CultureInfo.InvariantCulture),
        ({ } m, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}"),
        ({ } m, { } d) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}-{d:D2}"),
    };

    private static bool TryParsePart(string part, int length, int min, int max, out int value)
    {
        value = 0;
        return part.Length == length
            && part.All(char.IsAsciiDigit)
            && int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out value)
            && value >= min
            && value <= max;
    }
}
