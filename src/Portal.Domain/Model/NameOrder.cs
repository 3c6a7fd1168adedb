namespace Portal.Domain.Model;

/// <summary>
/// How the portal sorts names of cities, countries and facet values: by the invariant culture's collation, so
/// "Évry" sits beside "Evry" rather than after "Zaragoza", and the order is the same on every machine whatever its
/// culture. Callers break ties between equal names ordinally, by an id or a code.
/// </summary>
public static class NameOrder
{
    public static StringComparer Comparer => StringComparer.InvariantCulture;
}
