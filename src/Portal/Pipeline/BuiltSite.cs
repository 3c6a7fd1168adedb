using Portal.Domain.Model;
using Portal.Rendering.Pages;

namespace Portal.Pipeline;

/// <summary>What the last successful build wrote: enough for a rebuild to tell which pages an edit reaches.</summary>
internal sealed record BuiltSite(
    BuildOptions Options,
    PortalModel Model,
    PageSet PageSet,
    IReadOnlyDictionary<string, PageDependencies> Pages,
    LinkChecker Links,
    IReadOnlyDictionary<string, long> FileSizes);
