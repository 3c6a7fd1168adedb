using Portal.Domain.Model;
using Portal.Domain.Reporting;
using Portal.Domain.Reporting.Annex;
using Portal.Rendering;
using Portal.Rendering.Templates;
using Portal.Rendering.Theme;

namespace Portal.Annex;

/// <summary>
/// One annex from what a build knows: the model, the theme's words, the site's settings and addresses. The command
/// and the site build their annexes here, so both give the same document for the same scope.
/// </summary>
internal sealed class AnnexComposer(PortalModel model, UiStrings strings, SiteSettings settings, UrlBuilder urls)
{
    private readonly AnnexWording _wording = new(strings);

    /// <summary>True when the base URL is an address on the web, not only a path.</summary>
    private bool HasSiteAddress => urls.Canonical("/").Contains("://", StringComparison.Ordinal);

    public AnnexDocument Document(LocalActionScope scope, int? wordLimit = null) => AnnexBuilder.Build(model, Request(scope, wordLimit), _wording);

    public AnnexMetadata Metadata => new(settings.Language, model.AsOf, settings.Publisher ?? settings.TitleOrDefault(strings), strings["annex.footnotes-label"]);

    public void Write(AnnexDocument document, AnnexFormat format, Stream stream) => AnnexWriters.For(format).Write(document, Metadata, stream);

    /// <summary>As published on the site: the HTML's style from the site's style sheet for annexes.</summary>
    public void WriteForSite(AnnexDocument document, AnnexFormat format, Stream stream) =>
        AnnexWriters.For(format).Write(document, Metadata with { StyleSheet = urls.Path(SitePaths.AnnexStyle) }, stream);

    private AnnexRequest Request(LocalActionScope scope, int? wordLimit) => new(
        scope,
        settings.TitleOrDefault(strings),
        urls.Canonical(SitePaths.LocalAction(scope.Country, scope.Mechanism, scope.Cycle)),
        HasSiteAddress,
        id => urls.Canonical(SitePaths.Commitment(id)),
        wordLimit);
}
