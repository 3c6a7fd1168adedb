using Portal.Domain.Methodology;
using Portal.Domain.Model;

namespace Portal.Domain.Reporting.Annex;

/// <summary>
/// Builds the annex "Local and regional governments' implementation of the recommendations" for one scope: the rows
/// of <see cref="LocalAction"/>, grouped by theme (each recommendation under its first theme, in the order of the
/// portal's theme list, then "Other"), in the rows' order within a theme, and cut to the word limit by
/// <see cref="AnnexSelection"/>. Every word comes from <see cref="IAnnexWording"/>.
/// </summary>
public static class AnnexBuilder
{
    public static AnnexDocument Build(PortalModel model, AnnexRequest request, IAnnexWording wording)
    {
        var rows = LocalAction.Rows(model, request.Scope);
        var sections = AnnexSections.Of(model, rows, request, wording);
        var definitions = Definitions(wording);
        var all = Document(model, request, wording, rows, sections, new AnnexTally(rows.Count, sections.Sum(s => s.Recommendations.Count), 0, 0, 0));
        all = WithDefinitions(all, definitions);
        if (request.WordLimit is not { } limit || all.Words <= limit)
        {
            return all;
        }

        var withClosing = all with { Closing = Closing(request, wording, all.Tally), Method = all.Method with { Definitions = [] } };
        var fixedWords = AnnexWords.Fixed(withClosing);
        if (fixedWords > limit)
        {
            throw new AnnexWordLimitException(limit, fixedWords);
        }

        var citiesOf = rows.GroupBy(r => r.Recommendation.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.City.Id).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        var definitionWords = definitions.ToDictionary(d => d.Key, d => WordCount.Of(d.Value.Term) + WordCount.Of(d.Value.Definition), StringComparer.Ordinal);
        var kept = AnnexSelection.Within(sections, citiesOf, definitionWords, limit - fixedWords);
        var tally = Tally(sections, kept);
        return WithDefinitions(withClosing with { Sections = kept, Tally = tally, Closing = Closing(request, wording, tally) }, definitions);
    }

    /// <summary>Each verdict's definition, in the methodology's order, by the verdict's data spelling.</summary>
    private static IReadOnlyDictionary<string, AnnexDefinition> Definitions(IAnnexWording wording) =>
        Enum.GetValues<Verdict>().Select(v => Vocabularies.Verdict.WordOf(v)).ToDictionary(
            word => word,
            word => new AnnexDefinition(wording.Text("annex.term", wording.Text("verdict." + word)), wording.Text("annex.verdict." + word)),
            StringComparer.Ordinal);

    /// <summary>The method note defines the verdicts the entries use, in the methodology's order, and no other.</summary>
    private static AnnexDocument WithDefinitions(AnnexDocument document, IReadOnlyDictionary<string, AnnexDefinition> definitions)
    {
        var used = document.Entries.Select(e => e.VerdictWord).ToHashSet(StringComparer.Ordinal);
        return document with { Method = document.Method with { Definitions = [.. definitions.Where(d => used.Contains(d.Key)).Select(d => d.Value)] } };
    }

    private static AnnexTally Tally(IReadOnlyList<AnnexSection> all, IReadOnlyList<AnnexSection> kept)
    {
        var allEntries = all.Sum(s => s.Recommendations.Sum(r => r.Entries.Count));
        var allRecommendations = all.Sum(s => s.Recommendations.Count);
        var keptRecommendations = kept.SelectMany(s => s.Recommendations).ToList();
        var keptEntries = keptRecommendations.Sum(r => r.Entries.Count);
        var whole = all.SelectMany(s => s.Recommendations).ToDictionary(r => r.Id, r => r.Entries.Count, StringComparer.Ordinal);
        return new AnnexTally(
            keptEntries,
            keptRecommendations.Count,
            allEntries - keptEntries,
            allRecommendations - keptRecommendations.Count,
            keptRecommendations.Count(r => r.Entries.Count < whole[r.Id]));
    }

    private static AnnexDocument Document(PortalModel model, AnnexRequest request, IAnnexWording wording, IReadOnlyList<LocalActionRow> rows, IReadOnlyList<AnnexSection> sections, AnnexTally tally) => new()
    {
        Title = wording.Text("annex.title"),
        Subtitle = Subtitle(request.Scope, wording),
        ContentsHeading = wording.Text("annex.contents"),
        Introduction = Introduction(model, request, wording, rows, tally),
        Method = Method(model, request, wording),
        FindingsHeading = wording.Text("annex.findings-heading"),
        Sections = sections,
        Tally = tally,
    };

    /// <summary>"Spain: recommendations of the Universal Periodic Review, cycle 4".</summary>
    public static string Subtitle(LocalActionScope scope, IAnnexWording wording)
    {
        var country = Name(wording, "country." + scope.Country.ToUpperInvariant(), scope.Country.ToUpperInvariant());
        if (scope.Mechanism is not { } mechanism)
        {
            return wording.Text("annex.scope.all", country);
        }

        var body = Name(wording, "mechanism." + mechanism.ToUpperInvariant(), mechanism);
        return scope.Cycle switch
        {
            null => wording.Text("annex.scope.mechanism", country, body),
            { } cycle when ReviewCycle.IsUpr(mechanism) => wording.Text("annex.scope.upr-cycle", country, body, cycle),
            { } year => wording.Text("annex.scope.review", country, body, year),
        };
    }

    private static string Name(IAnnexWording wording, string key, string fallback) => wording.Has(key) ? wording.Text(key) : fallback;

    private static AnnexPart Introduction(PortalModel model, AnnexRequest request, IAnnexWording wording, IReadOnlyList<LocalActionRow> rows, AnnexTally tally)
    {
        var cities = rows.Select(r => r.City).DistinctBy(c => c.Id).OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => wording.Isolate(c.Name)).ToList();
        var country = Name(wording, "country." + request.Scope.Country.ToUpperInvariant(), request.Scope.Country.ToUpperInvariant());
        return new AnnexPart(wording.Text("annex.introduction.heading"), AnnexAnchors.Introduction,
        [
            wording.Text("annex.introduction.text", country, request.SiteName, AsOf(model, wording),
                wording.Number(tally.AllEntries), wording.Number(tally.Recommendations + tally.RecommendationsLeftOut), wording.Number(cities.Count)),
            wording.Text("annex.introduction.cities", string.Join(wording.Text("annex.list-separator"), cities)),
            request.HasSiteAddress
                ? wording.Text("annex.introduction.address", request.RecordAddress)
                : wording.Text("annex.introduction.address-path", request.RecordAddress),
        ]);
    }

    private static AnnexPart Method(PortalModel model, AnnexRequest request, IAnnexWording wording) =>
        new(wording.Text("annex.method.heading"), AnnexAnchors.Method,
        [
            wording.Text("annex.method.grouping"),
            wording.Text("annex.method.entries", AsOf(model, wording)),
            wording.Text("annex.method.verdicts"),
        ])
        {
            After =
            [
                wording.Text("annex.method.words"),
                request.WordLimit is { } limit ? wording.Text("annex.method.limit", wording.Number(limit)) : wording.Text("annex.method.no-limit"),
            ],
        };

    private static AnnexPart Closing(AnnexRequest request, IAnnexWording wording, AnnexTally tally) =>
        new(wording.Text("annex.closing.heading"), AnnexAnchors.Closing,
        [
            wording.Text("annex.closing.text",
                wording.Number(request.WordLimit ?? 0), wording.Number(tally.EntriesLeftOut), wording.Number(tally.AllEntries),
                wording.Number(tally.RecommendationsLeftOut), wording.Number(tally.Recommendations + tally.RecommendationsLeftOut),
                wording.Number(tally.RecommendationsShortened), request.RecordAddress),
        ]);

    private static string AsOf(PortalModel model, IAnnexWording wording) => wording.Date(PartialDate.FromDate(model.AsOf));
}
