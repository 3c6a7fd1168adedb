using Portal.Domain.Model;
using Portal.Rendering.Templates;
using Portal.Rendering.Theme;

namespace Portal.Publishing;

/// <summary>What file sources may read: the model, addresses, UI text, the site's settings, and every page written.</summary>
internal sealed record PublishingContext(
    PortalModel Model,
    UrlBuilder Urls,
    UiStrings Strings,
    SiteSettings Settings,
    IReadOnlyList<string> PagePaths);
