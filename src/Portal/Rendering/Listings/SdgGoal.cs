using System.Globalization;

namespace Portal.Rendering.Listings;

/// <summary>The goal an SDG value belongs to: "6.1" and "6" are goal 6; anything else is none.</summary>
internal static class SdgGoal
{
    public static int? Of(string value)
    {
        var goal = value.Trim().Split('.')[0];
        return int.TryParse(goal, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 17 ? number : null;
    }
}
