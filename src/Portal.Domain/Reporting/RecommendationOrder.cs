using Portal.Domain.Model;

namespace Portal.Domain.Reporting;

/// <summary>
/// The order of recommendations in a country's dashboard and annex: mechanism, cycle, symbol, paragraph, id.
/// Runs of digits compare as numbers, so "A/HRC/44/7, para. 150.9" comes before "150.10", as the UN numbers them.
/// </summary>
public sealed class RecommendationOrder : IComparer<Recommendation>
{
    public static RecommendationOrder Instance { get; } = new();

    public int Compare(Recommendation? x, Recommendation? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        int[] steps =
        [
            CompareMechanisms(x.Mechanism, y.Mechanism),
            (x.Cycle ?? int.MaxValue).CompareTo(y.Cycle ?? int.MaxValue),
            NaturalText.Compare(x.Symbol, y.Symbol),
            NaturalText.Compare(x.Paragraph, y.Paragraph),
            string.CompareOrdinal(x.Id, y.Id),
        ];
        return steps.FirstOrDefault(step => step != 0);
    }

    /// <summary>Mechanisms in the order of <see cref="Vocabularies.KnownMechanisms"/>, others after by name, ignoring case.</summary>
    public static int CompareMechanisms(string x, string y)
    {
        var byRank = MechanismRank(x).CompareTo(MechanismRank(y));
        return byRank != 0 ? byRank : string.Compare(x, y, StringComparison.OrdinalIgnoreCase);
    }

    private static int MechanismRank(string mechanism)
    {
        var index = Vocabularies.KnownMechanisms.ToList().FindIndex(m => string.Equals(m, mechanism, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? int.MaxValue : index;
    }
}
