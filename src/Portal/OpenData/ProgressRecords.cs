using Portal.Domain.Model;

namespace Portal.OpenData;

/// <summary>progress.csv as published: the columns of the data contract, and each report's number in its commitment's history.</summary>
internal static class ProgressRecords
{
    public const string Name = "progress";

    public static DataTable<NumberedReport> Table(PortalModel model)
    {
        var columns = new ColumnList<NumberedReport>()
            .Text("commitment", r => r.Report.CommitmentId)
            .Date("date", r => r.Report.Date)
            .Number("value", r => r.Report.Value)
            .Word("status", Vocabularies.CommitmentStatus, r => r.Report.Status)
            .Text("note", r => r.Report.Note)
            .Text("source", r => r.Report.Source)
            .Integer("number", r => r.Number);
        var reports = model.Commitments.SelectMany(c => History(model, c)).OrderBy(r => r.Report.Row.Line).ToList();
        return new DataTable<NumberedReport>(
            Name,
            columns,
            reports,
            ["commitment", "number"],
            [new ForeignKey("commitment", CommitmentRecords.Name, "id")]);
    }

    /// <summary>A commitment's reports, oldest first, numbered from 1 as the methodology orders them.</summary>
    public static IReadOnlyList<NumberedReport> History(PortalModel model, Commitment commitment) =>
        [.. model.Evaluation[commitment.Id].History.Select((report, i) => new NumberedReport(report, i + 1))];
}
