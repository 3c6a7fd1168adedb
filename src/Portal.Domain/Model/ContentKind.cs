namespace Portal.Domain.Model;

public enum ContentKind
{
    /// <summary>A page of its own, such as about or methodology.</summary>
    Page,
    /// <summary>input/cities/&lt;id&gt;.md: the narrative shown on a city's page.</summary>
    CityNarrative,
    /// <summary>input/news/*.md: a dated update.</summary>
    News,
}
