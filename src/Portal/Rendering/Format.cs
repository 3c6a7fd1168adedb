using System.Globalization;

namespace Portal.Rendering;

/// <summary>Numbers and dates as pages show them: the same on every machine, whatever its culture.</summary>
internal static class Format
{
    public static string Number(double value) =>
        Math.Round(value, 2).ToString("#,0.##", CultureInfo.InvariantCulture);

    public static string Number(double? value) => value is { } v ? Number(v) : string.Empty;

    public static int Percent(double share) => (int)Math.Round(share, MidpointRounding.AwayFromZero);

    public static string Invariant(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
