using Portal.Domain.Changes;
using Portal.Domain.Diagnostics;
using Portal.Domain.Model;
using Portal.Loading;
using Portal.Rendering.Listings;
using Portal.Rendering.Markdown;
using Portal.Rendering.Pages;
using Portal.Rendering.Templates;
using Portal.Rendering.Theme;
using Portal.Rendering.Views;
using Portal.TextFiles;

namespace Portal.Pipeline;

/// <summary>Every page of one build, with the views and templates that render them.</summary>
internal sealed class PageSet
{
    private static readonly IPageSource[] Sources =
    [
        new HomePages(), new CityPages(), new CommitmentPages(), new RecommendationPages(),
        new CountryPages(), new FrameworkPages(), new ContentPages(),
        new ListingPages<Recommendation>(RecommendationListing.Definition),
        new ListingPages<Commitment>(CommitmentListing.Definition),
        new AttentionPages(),
        new LocalActionPages(),
        new SearchPages(),
        new DataPages(),
    ];

    private PageSet(ViewFactory views, TemplateRenderer renderer, IReadOnlyList<PageJob> jobs)
    {
        Views = views;
        Renderer = renderer;
        Jobs = jobs;
    }

    public ViewFactory Views { get; }

    public TemplateRenderer Renderer { get; }

    public IReadOnlyList<PageJob> Jobs { get; }

    public static PageSet For(CheckedInput input, PortalModel model, BuildOptions options, UrlBuilder urls)
    {
        var views = new ViewFactory(model, input.Theme.Strings, urls, new MarkdownRenderer());
        var site = SiteViewFactory.Create(views, input.Settings, options.AsOf);
        var renderer = new TemplateRenderer(input.Theme, urls, site);
        return new PageSet(views, renderer, [.. Sources.SelectMany(source => source.Pages(views))]);
    }

    /// <summary>Takes over the views and shared HTML of the previous build for the records an edit did not reach.</summary>
    public void TakeOver(PageSet previous, ModelChanges changes)
    {
        var kept = Views.TakeOver(previous.Views, changes.Records.Contains);
        Renderer.TakeOver(previous.Renderer, kept);
    }

    /// <summary>Whether the theme has a layout for every page and no two pages share an address.</summary>
    public bool IsRenderable(ThemeFolder theme, DiagnosticBag diagnostics) => HasEveryLayout(theme, diagnostics) && !HasDuplicatePaths(diagnostics);

    private bool HasEveryLayout(ThemeFolder theme, DiagnosticBag diagnostics)
    {
        var missing = Jobs.Select(j => j.Layout).Append(TemplateRenderer.BaseLayout).Distinct(StringComparer.Ordinal).Where(l => !theme.HasLayout(l)).ToList();
        foreach (var layout in missing)
        {
            var path = DisplayPath.Of(Path.Combine(theme.LayoutsFolder, layout + ".html"));
            diagnostics.Error(SourceLocation.OfFile(path), $"the theme has no layout '{layout}.html', which every {layout} page needs");
        }

        return missing.Count == 0;
    }

    private bool HasDuplicatePaths(DiagnosticBag diagnostics)
    {
        var duplicates = Jobs.GroupBy(j => j.Path, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        foreach (var path in duplicates)
        {
            diagnostics.Error(SourceLocation.OfFile("input"), $"two pages would be written to {path}; rename one of them");
        }

        return duplicates.Count > 0;
    }
}
