using Portal.Domain.Model;
using Portal.Rendering.Listings;

namespace Portal.Rendering.Views;

/// <summary>What each kind of page tells the search index: the filters of /search/ and the metadata of a result.</summary>
internal sealed partial class ViewFactory
{
    public SearchEntryView SearchEntry(City city) => Entry("city",
        [Field("country", CountryName(city.Country)), Field("city", city.Name)],
        []);

    public SearchEntryView SearchEntry(Commitment commitment)
    {
        var city = Model.CityById[commitment.CityId];
        var evaluation = Model.Evaluation[commitment.Id];
        var status = Status(evaluation.Status);
        var verdict = Verdict(evaluation.Verdict);
        return Entry("commitment",
            [
                Field("country", CountryName(city.Country)), Field("city", city.Name), Field("status", status.Label),
                Field("verdict", verdict.Label),
                .. commitment.Themes.Select(t => Field("theme", ThemeLabel(t))), .. Goals(commitment.Sdgs),
            ],
            [
                Field("verdict", verdict.Label), Field("verdict_key", verdict.Key),
                Field("status", status.Label), Field("status_key", status.Key), Field("city", city.Name),
            ]);
    }

    public SearchEntryView SearchEntry(Recommendation recommendation)
    {
        var response = recommendation.Response is { } r ? Response(r) : null;
        return Entry("recommendation",
            [
                Field("country", CountryName(recommendation.Country)), Field("mechanism", MechanismName(recommendation.Mechanism)),
                .. response is null ? [] : new[] { Field("response", response.Label) },
                .. recommendation.Themes.Select(t => Field("theme", ThemeLabel(t))), .. Goals(recommendation.Sdgs),
                .. Model.CommitmentsByRecommendation[recommendation.Id].Select(c => Field("city", Model.CityById[c.CityId].Name)).Distinct(),
            ],
            [Field("title", RecommendationTitles.Of(recommendation)), .. response is null ? [] : new[] { Field("response", response.Label) }]);
    }

    public SearchEntryView SearchEntry(ContentPage page) => Entry("page", [], []);

    private SearchEntryView Entry(string type, IEnumerable<SearchField> filters, IEnumerable<SearchField> meta)
    {
        var typeLabel = Strings[$"search.type.{type}"];
        return new SearchEntryView([Field("type", typeLabel), .. filters], [Field("type", typeLabel), .. meta]);
    }

    private IEnumerable<SearchField> Goals(IEnumerable<string> sdgs) =>
        sdgs.Select(SdgGoal.Of).OfType<int>().Distinct().Select(goal => Field("sdg", Strings.Format("facet.sdg-goal", goal)));

    private static SearchField Field(string name, string value) => new(name, value);
}
