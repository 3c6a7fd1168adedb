using System.Globalization;

namespace Portal.Bench.SyntheticData;

/// <summary>How much data to generate. The two named scales are the ones the performance targets speak of.</summary>
public sealed record DataScale(int Cities, int Recommendations, int Commitments, int ProgressReports)
{
    /// <summary>A national network: about 100 cities, 5,000 recommendations and commitments, 20,000 reports.</summary>
    public static DataScale National { get; } = new(100, 5_000, 5_000, 20_000);

    /// <summary>A global network: 1,000 cities, 100,000 recommendations, 50,000 commitments, 200,000 reports.</summary>
    public static DataScale Global { get; } = new(1_000, 100_000, 50_000, 200_000);

    /// <summary>The national scale times a factor, for measuring how build time grows with the data.</summary>
    public static DataScale NationalTimes(double factor) => new(
        Math.Max(1, (int)(National.Cities * factor)),
        Math.Max(1, (int)(National.Recommendations * factor)),
        Math.Max(1, (int)(National.Commitments * factor)),
        Math.Max(0, (int)(National.ProgressReports * factor)));

    /// <summary>
    /// "national", "global", a factor of the national scale such as "0.5" or "4", or exact counts as
    /// "CITIES,RECOMMENDATIONS,COMMITMENTS,PROGRESS" such as "100,100000,5000,20000".
    /// </summary>
    public static DataScale Parse(string text) => text.Split(',') switch
    {
        ["national"] => National,
        ["global"] => Global,
        [var c, var r, var m, var p] => new(Count(c), Count(r), Count(m), Count(p)),
        _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var factor) && factor > 0 => NationalTimes(factor),
        _ => throw new ArgumentException($"unknown scale '{text}': use national, global, a factor of the national scale, or four counts"),
    };

    private static int Count(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Cities:N0} cities, {Recommendations:N0} recommendations, {Commitments:N0} commitments, {ProgressReports:N0} progress reports");
}
