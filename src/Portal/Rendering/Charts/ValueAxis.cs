namespace Portal.Rendering.Charts;

/// <summary>The value axis of an indicator chart: its range and its ticks, at round steps.</summary>
internal sealed class ValueAxis
{
    private const int Ticks = 4;

    public ValueAxis(IEnumerable<double> amounts)
    {
        var values = amounts.ToList();
        var (low, high) = Range(values.Min(), values.Max());
        Step = NiceStep((high - low) / Ticks);
        Min = Math.Floor(low / Step) * Step;
        Max = Math.Ceiling(high / Step) * Step;
    }

    public double Min { get; }

    public double Max { get; }

    public double Step { get; }

    /// <summary>The tick values, from the bottom of the axis to its top, each with its label.</summary>
    public IReadOnlyList<(double Value, string Label)> TickLabels()
    {
        var ticks = new List<(double, string)>();
        for (var value = Min; value <= Max + Step / 2; value += Step)
        {
            ticks.Add((value, Format.Number(value)));
        }

        return ticks;
    }

    /// <summary>A step of 1, 2 or 5 times a power of ten, so axis labels read 0, 250, 500 rather than 0, 131.25.</summary>
    public static double NiceStep(double rough)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / magnitude;
        return magnitude * (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10);
    }

    /// <summary>
    /// The values the axis must show. It starts at zero unless every value lies far above it, where a zero-based
    /// axis would squeeze the change into a sliver at the top; then it starts a little below the lowest value.
    /// </summary>
    private static (double Low, double High) Range(double min, double max)
    {
        var spread = max - min;
        var low = min > 0 && min > spread ? min - spread / 2 : Math.Min(0, min);
        return (low, Math.Max(max, low + 1));
    }
}
