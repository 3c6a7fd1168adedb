using Portal.Domain.Model;

namespace Portal.Domain.Reporting.Annex;

/// <summary>
/// The rows of local action as the annex's themes, recommendations and entries, before any is left out. A
/// recommendation is filed under its first theme, as OHCHR's thematic lists file a recommendation under one cluster;
/// themes follow the portal's theme list (data/themes.csv), and recommendations whose first theme the list does not
/// hold, or that have none, come last under "Other".
/// </summary>
internal static class AnnexSections
{
    public static IReadOnlyList<AnnexSection> Of(PortalModel model, IReadOnlyList<LocalActionRow> rows, AnnexRequest request, IAnnexWording wording)
    {
        var order = model.Themes.Themes.Select((theme, index) => (theme, index)).ToDictionary(t => t.theme.Id, t => t.index, StringComparer.Ordinal);
        var recommendations = rows.GroupBy(r => r.Recommendation.Id, StringComparer.Ordinal)
            .Select(group => (Theme: ThemeOf(model, group.First().Recommendation), Item: Recommendation(model, group.ToList(), request, wording)))
            .ToList();
        return [.. recommendations
            .GroupBy(r => r.Theme?.Id)
            .OrderBy(g => g.Key is null ? int.MaxValue : order[g.Key])
            .Select(g => new AnnexSection(
                g.Key is null ? wording.Text("annex.other-theme") : g.First().Theme!.Label,
                g.Key is null ? "other-themes" : "theme-" + Slug.FromText(g.Key),
                [.. g.Select(r => r.Item)]))];
    }

    private static Theme? ThemeOf(PortalModel model, Recommendation recommendation) =>
        recommendation.Themes.Count > 0 ? model.Themes.Find(recommendation.Themes[0]) : null;

    private static AnnexRecommendation Recommendation(PortalModel model, IReadOnlyList<LocalActionRow> rows, AnnexRequest request, IAnnexWording wording)
    {
        var recommendation = rows[0].Recommendation;
        var text = recommendation.Text.Trim();
        if (ReviewCycle.IsUpr(recommendation.Mechanism) && recommendation.RecommendingState is { Length: > 0 } state)
        {
            text = wording.Text("annex.recommended-by", text, state.Trim());
        }

        return new AnnexRecommendation(
            recommendation.Id,
            AnnexCitation.Of(recommendation, wording),
            // The model's slug is unique even where two ids slug alike, so no two anchors clash.
            "rec-" + model.RecommendationSlug[recommendation.Id],
            text,
            [.. rows.Select(row => AnnexEntries.Of(row, request, wording))]);
    }
}
