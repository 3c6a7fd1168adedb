using System.Globalization;

namespace Portal.Rendering.Charts;

/// <summary>
/// The time axis of an indicator chart, in whole years from the earliest moment drawn to the latest. A year is a
/// span, not an instant: ticks mark where each year begins, and a year's label sits in the middle of its span, so
/// a value dated "2024" (its first day) sits at the start of the span labelled 2024 and a target for 2027 (its
/// last day) at the end of the span labelled 2027.
/// </summary>
internal sealed class YearAxis
{
    public YearAxis(IEnumerable<double> years)
    {
        var all = years.ToList();
        First = Math.Floor(all.Min());
        Last = Math.Max(Math.Ceiling(all.Max()), First + 1);
    }

    /// <summary>The start of the first year shown.</summary>
    public double First { get; }

    /// <summary>The end of the last year shown (the start of the year after it).</summary>
    public double Last { get; }

    public double Span => Last - First;

    public static string Label(double year) => year.ToString("0", CultureInfo.InvariantCulture);

    /// <summary>The widest year label, for the room the axis needs.</summary>
    public double LabelWidth(double fontSize) =>
        Math.Max(TextExtent.Width(Label(First), fontSize), TextExtent.Width(Label(Last - 1), fontSize));

    /// <summary>
    /// The years to label: every one when their labels fit side by side, else every 2nd, 5th, 10th... year, so
    /// labels never touch.
    /// </summary>
    public IEnumerable<double> LabelledYears(double yearWidth, double labelRoom)
    {
        var step = 1.0;
        for (var i = 0; step * yearWidth < labelRoom; i++)
        {
            step = (i % 3) switch { 0 => 2, 1 => 5, _ => 10 } * Math.Pow(10, i / 3);
        }

        for (var year = First; year < Last; year += step)
        {
            yield return year;
        }
    }
}
