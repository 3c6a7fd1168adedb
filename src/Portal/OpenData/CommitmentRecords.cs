using Portal.Domain.Methodology;
using Portal.Domain.Model;
using Portal.Rendering;
using Portal.Rendering.Templates;

namespace Portal.OpenData;

/// <summary>
/// commitments.csv as published: the columns of the data contract, then what the methodology computes from them
/// on the as-of date, the same values the commitment's page shows.
/// </summary>
internal static class CommitmentRecords
{
    public const string Name = "commitments";

    public static DataTable<Commitment> Table(PortalModel model, UrlBuilder urls) => Table(model, urls, model.Commitments);

    /// <summary>The same columns for some of the commitments, such as those of a needs-attention page.</summary>
    public static DataTable<Commitment> Table(PortalModel model, UrlBuilder urls, IReadOnlyList<Commitment> records)
    {
        CommitmentEvaluation Evaluation(Commitment c) => model.Evaluation[c.Id];
        var columns = new ColumnList<Commitment>()
            .Text("id", c => c.Id)
            .Text("city", c => c.CityId)
            .Text("title", c => c.Title)
            .Text("description", c => c.Description)
            .List("recommendations", c => c.RecommendationIds)
            .List("framework", c => c.FrameworkIds)
            .List("themes", c => c.Themes)
            .List("sdgs", c => c.Sdgs)
            .Text("department", c => c.Department)
            .Date("start", c => c.Start)
            .Date("due", c => c.Due)
            .Word("status", Vocabularies.CommitmentStatus, c => c.Status)
            .Text("indicator", c => c.Indicator?.Name)
            .Text("unit", c => c.Indicator?.Unit)
            .Number("baseline", c => c.Indicator?.Baseline)
            .Integer("baseline_year", c => c.Indicator?.BaselineYear)
            .Number("target", c => c.Indicator?.Target)
            .Integer("target_year", c => c.Indicator?.TargetYear)
            .Text("source", c => c.Source)
            .Date("updated", c => c.Updated)
            .Text("page", c => urls.Canonical(SitePaths.Commitment(c.Id)))
            .Word("current_status", Vocabularies.CommitmentStatus, c => Evaluation(c).Status)
            .Date("status_date", c => Evaluation(c).StatusReport?.Date)
            .Word("verdict", Vocabularies.Verdict, c => Evaluation(c).Verdict)
            .Boolean("overdue", c => Evaluation(c).IsOverdue)
            .Boolean("stale", c => Evaluation(c).IsStale)
            .Date("last_activity", c => Evaluation(c).LastActivity)
            .Number("percent", c => Evaluation(c).Indicator.Percent, decimals: 2)
            .Word("band", Vocabularies.Band, c => Evaluation(c).Indicator.Band)
            .Number("ratio", c => Evaluation(c).Indicator.Ratio, decimals: 3)
            .Word("growth_model", Vocabularies.GrowthModel, c => Evaluation(c).Indicator.Model);
        return new DataTable<Commitment>(
            Name,
            columns,
            records,
            ["id"],
            [new ForeignKey("city", CityRecords.Name, "id")]);
    }
}
