using System.Globalization;

namespace Portal.Importing.Mapping;

/// <summary>
/// Excel stores dates as a count of days (43854 is 24 January 2020). Workbooks saved by older Mac Excel
/// count from 1904 instead of 1900.
/// </summary>
public static class ExcelSerialDate
{
    /// <summary>Days between the 1900 and the 1904 date systems.</summary>
    private const int Offset1904 = 1462;

    /// <summary>The ISO date (yyyy-MM-dd) a serial number stands for; the time of day, if any, is dropped.</summary>
    public static bool TryConvert(string text, bool date1904, out string isoDate)
    {
        isoDate = string.Empty;
        if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial) || serial < 1 || serial > 2_958_465)
        {
            return false;
        }

        if (date1904)
        {
            serial += Offset1904;
        }

        // Excel counts a 29 February 1900 that never was; OLE automation dates agree with it from 1 March 1900 on.
        if (serial < 61)
        {
            serial += 1;
        }

        var date = DateTime.FromOADate(Math.Floor(serial));
        isoDate = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return true;
    }
}
