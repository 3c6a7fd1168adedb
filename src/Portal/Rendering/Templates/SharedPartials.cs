using Scriban;

namespace Portal.Rendering.Templates;

/// <summary>
/// The partials whose output depends on their model alone: they read no global but <c>model</c>, <c>site</c>,
/// the template functions and Scriban's built-ins, and call only partials of the same kind. Their HTML for a
/// shared view is rendered once a build and reused on every page that shows the view.
/// </summary>
internal static class SharedPartials
{
    private static readonly HashSet<string> ModelIndependentGlobals = new(StringComparer.Ordinal)
    {
        "model", "site", "t", "url", "partial", "json_ld",
        "array", "date", "html", "math", "object", "regex", "string", "timespan", "for", "while", "empty",
    };

    public static IReadOnlySet<string> Of(IReadOnlyDictionary<string, Template> partials)
    {
        var reads = partials.ToDictionary(p => p.Key, p => PartialReads.Of(p.Value), StringComparer.Ordinal);
        var shared = reads.Where(r => !r.Value.CallsUnknownPartial && r.Value.Globals.All(ModelIndependentGlobals.Contains))
            .Select(r => r.Key)
            .ToHashSet(StringComparer.Ordinal);

        // A partial that calls one that is not shared is not shared either; repeat until nothing changes.
        while (shared.RemoveWhere(name => !reads[name].Partials.All(shared.Contains)) > 0)
        {
        }

        return shared;
    }
}
