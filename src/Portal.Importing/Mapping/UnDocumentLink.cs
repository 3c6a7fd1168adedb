using System.Text.RegularExpressions;

namespace Portal.Importing.Mapping;

/// <summary>
/// The address of a UN document through the UN's permanent symbol resolver (https://undocs.org/A/HRC/44/7).
/// A link is made only from a cell that is one document symbol: a body's letters, then slash-separated parts
/// ("CRC/C/KEN/CO/3-5", "E/C.12/ESP/CO/6", "A/HRC/WG.6/35/ESP/1"). Anything else gets no link rather than a guessed one.
/// </summary>
public static partial class UnDocumentLink
{
    private const string Resolver = "https://undocs.org/";

    public static string? For(string? symbol)
    {
        var trimmed = symbol?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 || trimmed.Length > 100 || !Symbol().IsMatch(trimmed))
        {
            return null;
        }

        // Each part is escaped on its own, so the slashes stay the path the resolver reads.
        return Resolver + string.Join('/', trimmed.Split('/').Select(Uri.EscapeDataString));
    }

    [GeneratedRegex(@"^[A-Z]{1,6}(/[A-Za-z0-9][A-Za-z0-9.()\-]*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Symbol();
}
