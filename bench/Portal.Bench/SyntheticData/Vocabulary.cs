namespace Portal.Bench.SyntheticData;

/// <summary>The words synthetic records are made of. Made up for the benchmark; no real data.</summary>
internal static class Vocabulary
{
    public static readonly string[] Countries = ["ESP", "KEN", "BRA", "IND", "MEX", "ZAF", "DEU", "IDN", "PHL", "COL", "ARG", "FRA", "ITA", "NGA", "GHA", "CAN", "AUS", "JPN", "KOR", "TUR"];

    public static readonly string[] Mechanisms = ["UPR", "UPR", "UPR", "CEDAW", "CRC", "CERD", "CESCR", "CCPR", "CAT", "CRPD", "SP"];

    public static readonly string[] Themes = ["housing", "water and sanitation", "health", "education", "policing", "participation", "gender equality", "children", "persons with disabilities", "migrants", "racial discrimination", "older persons"];

    public static readonly string[] Verbs = ["Ensure", "Strengthen", "Adopt", "Guarantee", "Improve", "Expand", "Monitor", "Protect", "Promote", "Review"];

    public static readonly string[] Objects = ["access to adequate housing", "safe drinking water", "primary health care", "inclusive education", "accountable local policing", "participation in decision-making", "protection from discrimination", "birth registration", "accessible public transport", "shelter for survivors of violence"];

    public static readonly string[] Groups = ["for all residents", "for women and girls", "for children", "for persons with disabilities", "for migrants and refugees", "for minorities", "for older persons", "in informal settlements"];

    public static readonly string[] Responses = ["supported", "supported", "supported", "supported-in-part", "noted", "pending"];

    public static readonly string[] Statuses = ["planned", "in-progress", "in-progress", "in-progress", "achieved", "stalled", "abandoned"];

    public static readonly string[] Pillars = ["Political and legal foundations", "Institutional structures", "Operational tools"];

    public static readonly string[] AssessmentStatuses = ["in-place", "in-progress", "planned", "not-in-place"];

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
