namespace Portal.Domain.Reporting.Annex;

/// <summary>How many entries and recommendations the annex holds, and how many the word limit left out.</summary>
public sealed record AnnexTally(int Entries, int Recommendations, int EntriesLeftOut, int RecommendationsLeftOut, int RecommendationsShortened)
{
    public int AllEntries => Entries + EntriesLeftOut;
}
