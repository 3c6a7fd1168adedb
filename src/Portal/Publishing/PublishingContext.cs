using Portal.Domain.Model;
using Portal.Rendering.Templates;
using Portal.Rendering.Theme;

namespace Portal.Publishing;

/// <summary>
/// What file sources may read: the model, addresses, UI text, the site's settings, every page written, and the
/// files written before them (<c>ReadWritten</c> opens one by site path).
/// </summary>
internal sealed record PublishingContext(
    PortalModel Model,
    UrlBuilder Urls,
    UiStrings Strings,
    SiteSettings Settings,
    IReadOnlyList<string> PagePaths,
    Func<string, Stream> ReadWritten)
{
    public string SiteTitle => Settings.TitleOrDefault(Strings);

    public string SiteDescription => Settings.DescriptionOrDefault(Strings);

    /// <summary>Who the feeds and the data name as their author: the publisher, else the portal itself.</summary>
    public string Author => Settings.Publisher ?? SiteTitle;
}
