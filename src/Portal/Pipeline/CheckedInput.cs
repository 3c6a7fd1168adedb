using Portal.Domain.Model;
using Portal.Loading;
using Portal.Rendering.Theme;

namespace Portal.Pipeline;

/// <summary>Everything a build needs, read and checked: the data, the theme and the site's settings.</summary>
internal sealed record CheckedInput(PortalData Data, IReadOnlyList<FileAccount> Files, ThemeFolder Theme, SiteSettings Settings);
