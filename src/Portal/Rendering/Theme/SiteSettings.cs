namespace Portal.Rendering.Theme;

/// <summary>Settings of one portal, from site.yml in the content folder. Every one has a default.</summary>
public sealed record SiteSettings
{
    /// <summary>The portal's name; the theme's default name when not set.</summary>
    public string? Title { get; init; }

    public string? Description { get; init; }

    public string Language { get; init; } = "en";

    /// <summary>Shows the banner that says the data is for demonstration. On for the sample data.</summary>
    public bool DemoBanner { get; init; } = true;

    /// <summary>The licence the published data is offered under.</summary>
    public string? DataLicence { get; init; }

    /// <summary>
    /// The portal's published address (https://rights.example.org/), for canonical URLs and citations. Used when
    /// <c>--base-url</c> is not given; without either, citations give the page's path and say so.
    /// </summary>
    public string? BaseUrl { get; init; }

    /// <summary>Who publishes the portal, for citations.</summary>
    public string? Publisher { get; init; }

    /// <summary>The portal's name as every page, feed and data file gives it: the setting, else the theme's default.</summary>
    public string TitleOrDefault(UiStrings strings) => Title ?? strings["site.title"];

    /// <summary>The portal's description as every page, feed and data file gives it: the setting, else the theme's default.</summary>
    public string DescriptionOrDefault(UiStrings strings) => Description ?? strings["site.description"];
}
