namespace Portal.Rendering.Listings;

/// <summary>
/// One place in a pagination bar: a page to link to (<see cref="First"/> equals <see cref="Last"/>), or a gap
/// standing for the pages from <see cref="First"/> to <see cref="Last"/> that the bar leaves out.
/// </summary>
internal sealed record PageSlot(int First, int Last)
{
    public bool IsGap => Last > First;

    public static PageSlot Page(int number) => new(number, number);

    public static PageSlot Gap(int first, int last) => new(first, last);
}
