namespace Portal.Importing.Mapping;

/// <summary>
/// Which rows an import may write: those addressed to the chosen States (all when none are chosen).
/// <see cref="IdPrefix"/> marks the ids this importer writes, so that the report can tell which of its
/// earlier rows the export no longer holds.
/// </summary>
public sealed record ImportSelection(IReadOnlySet<string> Countries, string IdPrefix)
{
    public bool Includes(string country) => Countries.Count == 0 || Countries.Contains(country);
}
