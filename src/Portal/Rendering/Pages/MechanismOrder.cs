using Portal.Domain.Model;

namespace Portal.Rendering.Pages;

/// <summary>
/// Mechanisms in the data contract's order (the UPR, the treaty bodies, the special procedures), so a State's
/// page reads the same way whatever its data holds; mechanisms the contract does not know come last.
/// </summary>
internal static class MechanismOrder
{
    public static int Rank(string mechanism)
    {
        var known = Vocabularies.KnownMechanisms;
        for (var index = 0; index < known.Count; index++)
        {
            if (string.Equals(known[index], mechanism, StringComparison.Ordinal))
            {
                return index;
            }
        }

        return known.Count;
    }
}
