using Portal.Domain.Model;
using Portal.Rendering.Theme;

namespace Portal.Rendering.Formatting;

/// <summary>
/// Dates as people write them ("4 December 2026", "June 2026", "2027"), in the month names and patterns of the
/// theme's language file (<c>dates.*</c>), never the machine's culture: the same data gives the same page anywhere.
/// Machines read the ISO date instead, from the <c>&lt;time datetime&gt;</c> around it, the open data and the feeds.
/// </summary>
public sealed class DateFormatter(UiStrings strings)
{
    public string Text(PartialDate date) => (date.Month, date.Day) switch
    {
        (null, _) => strings.Format("dates.year", Year(date)),
        ({ } month, null) => strings.Format("dates.month", MonthName(month), Year(date)),
        ({ } month, { } day) => strings.Format("dates.day", Number(day), MonthName(month), Year(date)),
    };

    public string MonthName(int month) => strings[$"dates.month-{Number(month)}"];

    // Years and days are never grouped: 2026, not 2,026.
    private static string Year(PartialDate date) => Number(date.Year);

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
