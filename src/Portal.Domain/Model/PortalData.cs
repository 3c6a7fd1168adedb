using Portal.Domain.Themes;

namespace Portal.Domain.Model;

/// <summary>Everything read from the data and content folders, before references are checked.</summary>
public sealed record PortalData
{
    public IReadOnlyList<City> Cities { get; init; } = [];
    public IReadOnlyList<Recommendation> Recommendations { get; init; } = [];
    public IReadOnlyList<Commitment> Commitments { get; init; } = [];
    public IReadOnlyList<ProgressReport> Progress { get; init; } = [];
    public IReadOnlyList<FrameworkElement> Framework { get; init; } = [];
    public IReadOnlyList<Assessment> Assessments { get; init; } = [];
    public IReadOnlyList<ContentPage> Content { get; init; } = [];

    /// <summary>The portal's themes from themes.csv; none when the file is absent.</summary>
    public ThemeVocabulary Themes { get; init; } = ThemeVocabulary.None;
}
