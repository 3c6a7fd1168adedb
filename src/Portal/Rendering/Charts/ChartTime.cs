using Portal.Domain.Methodology;
using Portal.Domain.Model;

namespace Portal.Rendering.Charts;

/// <summary>Where a date stands on a chart's time axis, in decimal years, as the methodology's "Dates" reads it.</summary>
internal static class ChartTime
{
    /// <summary>A value's date: the first day of its period, so "2024" is 2024.0, as the rating counts it.</summary>
    public static double StartOf(PartialDate date) => date.DecimalYear;

    /// <summary>
    /// A deadline or a target's year: the moment its period ends, so a target for 2027 stands at the end of
    /// 31 December 2027, not on its first day, where the rating counts it (<see cref="IndicatorAssessor.TargetTime"/>).
    /// </summary>
    public static double EndOf(PartialDate date) => PartialDate.FromDate(date.End.AddDays(1)).DecimalYear;
}
