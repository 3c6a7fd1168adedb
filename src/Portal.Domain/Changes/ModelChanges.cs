using Portal.Domain.Model;

namespace Portal.Domain.Changes;

/// <summary>
/// What an edit to the commitments or the progress reports changed: the commitments themselves, and every
/// record whose pages show them (their cities, the recommendations they answer, the countries of both).
/// Some edits reach every page, such as a new "last updated" date in every footer; those say so.
/// </summary>
public sealed class ModelChanges
{
    private ModelChanges(bool everything, IReadOnlySet<string> records)
    {
        ReachesEveryPage = everything;
        Records = records;
    }

    public static ModelChanges Everything { get; } = new(everything: true, new HashSet<string>());

    /// <summary>True when every page may have changed, so only a full build is safe.</summary>
    public bool ReachesEveryPage { get; }

    /// <summary>The <see cref="RecordKey"/> of every record whose pages must be rendered again.</summary>
    public IReadOnlySet<string> Records { get; }

    /// <summary>
    /// Compares two models built from the same cities, recommendations, framework and content: the caller
    /// rebuilds everything when any of those files changed, and asks here only about commitments and progress.
    /// </summary>
    public static ModelChanges Between(PortalModel before, PortalModel after)
    {
        if (before.AsOf != after.AsOf || before.LastUpdated != after.LastUpdated || before.Cities.Count != after.Cities.Count)
        {
            return Everything;
        }

        var records = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ChangedCommitments(before, after))
        {
            AddWithDependents(records, before, before.CommitmentById.GetValueOrDefault(id));
            AddWithDependents(records, after, after.CommitmentById.GetValueOrDefault(id));
        }

        return new ModelChanges(everything: false, records);
    }

    private static IEnumerable<string> ChangedCommitments(PortalModel before, PortalModel after)
    {
        var ids = before.CommitmentById.Keys.Union(after.CommitmentById.Keys, StringComparer.Ordinal);
        return ids.Where(id => !before.CommitmentById.TryGetValue(id, out var old)
            || !after.CommitmentById.TryGetValue(id, out var current)
            || !CommitmentComparer.Same(old, current)
            || !CommitmentComparer.SameHistory(before.Evaluation[id], after.Evaluation[id]));
    }

    private static void AddWithDependents(HashSet<string> records, PortalModel model, Commitment? commitment)
    {
        if (commitment is null)
        {
            return;
        }

        records.Add(RecordKey.Commitment(commitment.Id));
        records.Add(RecordKey.City(commitment.CityId));
        if (model.CityById.TryGetValue(commitment.CityId, out var city))
        {
            records.Add(RecordKey.Country(city.Country));
        }

        foreach (var id in commitment.RecommendationIds)
        {
            records.Add(RecordKey.Recommendation(id));
            if (model.RecommendationById.TryGetValue(id, out var recommendation))
            {
                records.Add(RecordKey.Country(recommendation.Country));
            }
        }
    }
}
