using System.Text.RegularExpressions;

namespace Portal.Importing.Mapping.ImpactOss;

/// <summary>
/// Where the columns of an IMPACT OSS recommendation export are. Attribute columns carry the attribute's
/// key (id, reference, title, description, support_level, public); each taxonomy has a column titled after
/// it, whose exact wording depends on the installation, so taxonomies are found by the start of their
/// title ("Human rights body", "human_rights_bodies" and "Human rights bodies [HRB]" are one).
/// </summary>
internal sealed partial record ImpactOssColumns
{
    public const string Expected =
        "id, reference, title, description, support_level, public, and one column per taxonomy: Human rights body, Cycle, "
        + "Recommending state, Human rights issue, Affected persons, SDGs";

    public int? Id { get; init; }
    public int? Reference { get; init; }
    public int? Title { get; init; }
    public int? Description { get; init; }
    public int? SupportLevel { get; init; }
    public int? Public { get; init; }
    public int? Draft { get; init; }
    public int? Country { get; init; }
    public int? Body { get; init; }
    public int? Cycle { get; init; }
    public int? RecommendingState { get; init; }
    public int? Issues { get; init; }
    public int? AffectedPersons { get; init; }
    public int? Sdgs { get; init; }

    public static ImpactOssColumns Find(SourceTable table)
    {
        var titles = table.Columns.Select(TaxonomyTitle).ToList();
        return new ImpactOssColumns
        {
            Id = table.IndexOf("id"),
            Reference = table.IndexOf("reference"),
            Title = table.IndexOf("title"),
            Description = table.IndexOf("description", "full recommendation"),
            SupportLevel = table.IndexOf("support_level", "support level", "response level"),
            Public = table.IndexOf("public"),
            Draft = table.IndexOf("draft"),
            Country = table.IndexOf("country", "state", "state under review", "countries concerned", "country concerned"),
            Body = Taxonomy(titles, "human rights bod", "recommending bod", "treaty bod", "mechanism", "body", "bodies"),
            Cycle = Taxonomy(titles, "cycle", "reporting cycle", "upr cycle"),
            RecommendingState = Taxonomy(titles, "recommending state", "recommending countr"),
            Issues = Taxonomy(titles, "human rights issue", "human rights theme", "issue", "theme"),
            AffectedPersons = Taxonomy(titles, "affected person", "persons affected", "affected group", "groups of persons", "population group"),
            Sdgs = Taxonomy(titles, "sdg", "sustainable development goal"),
        };
    }

    /// <summary>A column title as taxonomies are matched: normalised, without a bracketed short title.</summary>
    private static string TaxonomyTitle(string column) => HeaderName.Normalise(ShortTitle().Replace(column, string.Empty));

    private static int? Taxonomy(List<string> titles, params string[] stems)
    {
        foreach (var stem in stems)
        {
            var index = titles.FindIndex(t => t.StartsWith(stem, StringComparison.Ordinal));
            if (index >= 0)
            {
                return index;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\s*\[[^\[\]]*\]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortTitle();
}
