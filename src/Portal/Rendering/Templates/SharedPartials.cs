using Scriban;

namespace Portal.Rendering.Templates;

/// <summary>
/// The partials whose output depends on their model alone: they read no global but the ones a caller names as
/// the same on every page (see <see cref="TemplateRenderer"/>), and call only partials of the same kind. Their
/// HTML for a shared view is rendered once a build and reused on every page that shows the view.
/// </summary>
internal static class SharedPartials
{
    public static IReadOnlySet<string> Of(IReadOnlyDictionary<string, Template> partials, IReadOnlySet<string> pageIndependentGlobals)
    {
        var reads = partials.ToDictionary(p => p.Key, p => PartialReads.Of(p.Value), StringComparer.Ordinal);
        var shared = reads.Where(r => !r.Value.CallsUnknownPartial && r.Value.Globals.All(pageIndependentGlobals.Contains))
            .Select(r => r.Key)
            .ToHashSet(StringComparer.Ordinal);

        // A partial that calls one that is not shared is not shared either; repeat until nothing changes.
        while (shared.RemoveWhere(name => !reads[name].Partials.All(shared.Contains)) > 0)
        {
        }

        return shared;
    }
}
