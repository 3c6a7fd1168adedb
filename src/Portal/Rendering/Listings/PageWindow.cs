namespace Portal.Rendering.Listings;

/// <summary>
/// Which page numbers a pagination bar offers: the first and the last, and those around the current one, with
/// each run of pages left out marked as a gap. A gap never hides a single page: that page is shown instead,
/// since a gap mark would take as much room and say less.
/// </summary>
internal static class PageWindow
{
    /// <summary>Pages shown on each side of the current one.</summary>
    public const int Around = 2;

    public static IReadOnlyList<PageSlot> Of(int current, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(current, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(current, count);

        var slots = new List<PageSlot>();
        var previous = 0;
        foreach (var number in Shown(current, count))
        {
            if (number - previous == 2)
            {
                slots.Add(PageSlot.Page(previous + 1));
            }
            else if (number - previous > 2)
            {
                slots.Add(PageSlot.Gap(previous + 1, number - 1));
            }

            slots.Add(PageSlot.Page(number));
            previous = number;
        }

        return slots;
    }

    private static IEnumerable<int> Shown(int current, int count) =>
        Enumerable.Range(1, count).Where(n => n == 1 || n == count || Math.Abs(n - current) <= Around);
}
