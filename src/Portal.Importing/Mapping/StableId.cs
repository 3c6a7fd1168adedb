using System.Security.Cryptography;
using System.Text;

namespace Portal.Importing.Mapping;

/// <summary>
/// Ids for exports that have none of their own: a short hash of what makes a recommendation itself, so
/// that a re-import finds the rows it wrote before.
/// </summary>
public static class StableId
{
    private const int HexLength = 12;

    /// <summary>
    /// "upr-info-" and the first 12 hex digits of SHA-256 over the State under review (ISO code), the session,
    /// the recommending State and the normalised text.
    /// </summary>
    public static string UprInfo(string country, string? session, string recommendingState, string text) =>
        "upr-info-" + Hash(country, session ?? string.Empty, recommendingState, TextCleaner.NormaliseForId(text));

    private static string Hash(params string[] parts)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001F', parts)));
        return Convert.ToHexStringLower(bytes)[..HexLength];
    }
}
