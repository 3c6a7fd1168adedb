using Portal.Domain.Model;
using Portal.Domain.Reporting;
using Portal.Rendering.Templates;
using Portal.Rendering.Titles;

namespace Portal.OpenData;

/// <summary>Every published table of one build, made from the model once and shared by every file that publishes them.</summary>
internal sealed class DataTables
{
    public DataTables(PortalModel model, UrlBuilder urls, RecommendationTitles titles)
    {
        Model = model;
        Cities = CityRecords.Table(model, urls);
        Recommendations = RecommendationRecords.Table(model, urls, titles);
        Commitments = CommitmentRecords.Table(model, urls);
        Histories = ProgressRecords.Histories(model);
        Progress = ProgressRecords.Table(Histories);
        Framework = FrameworkRecords.Table(model);
        Assessments = AssessmentRecords.Table(model);
        LocalAction = LocalActionRecords.Table(model, urls, titles);
        All = [Cities, Recommendations, Commitments, Progress, Framework, Assessments, LocalAction];
    }

    public PortalModel Model { get; }

    public DataTable<City> Cities { get; }

    public DataTable<Recommendation> Recommendations { get; }

    public DataTable<Commitment> Commitments { get; }

    public DataTable<NumberedReport> Progress { get; }

    /// <summary>Each commitment's numbered progress reports, oldest first, by commitment id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<NumberedReport>> Histories { get; }

    public DataTable<FrameworkElement> Framework { get; }

    public DataTable<Assessment> Assessments { get; }

    /// <summary>Every State's dashboard rows: what cities do on the recommendations to their State.</summary>
    public DataTable<LocalActionRow> LocalAction { get; }

    /// <summary>
    /// In the order the data contract lists the files, referenced tables before the tables that refer to them; then
    /// the tables the portal derives from them.
    /// </summary>
    public IReadOnlyList<IDataTable> All { get; }
}
