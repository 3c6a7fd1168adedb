using Portal.Domain.Model;

namespace Portal.OpenData;

/// <summary>progress.csv as published: the columns of the data contract, and each report's number in its commitment's history.</summary>
internal static class ProgressRecords
{
    public const string Name = "progress";

    /// <param name="histories">Each commitment's <see cref="Histories"/>, made once for this table and the cities' JSON.</param>
    public static DataTable<NumberedReport> Table(IReadOnlyDictionary<string, IReadOnlyList<NumberedReport>> histories)
    {
        var columns = new ColumnList<NumberedReport>()
            .Text("commitment", r => r.Report.CommitmentId)
            .Date("date", r => r.Report.Date)
            .Number("value", r => r.Report.Value)
            .Word("status", Vocabularies.CommitmentStatus, r => r.Report.Status)
            .Text("note", r => r.Report.Note)
            .Text("source", r => r.Report.Source)
            .Integer("number", r => r.Number);
        // The histories are in the methodology's order; the table keeps the order of progress.csv.
        var reports = histories.Values.SelectMany(history => history).OrderBy(r => r.Report.Row.Line).ToList();
        return new DataTable<NumberedReport>(
            Name,
            columns,
            reports,
            ["commitment", "number"],
            [new ForeignKey("commitment", CommitmentRecords.Name, "id")]);
    }

    /// <summary>Each commitment's reports by commitment id, oldest first, numbered from 1 as the methodology orders them.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<NumberedReport>> Histories(PortalModel model) =>
        model.Commitments.ToDictionary(
            c => c.Id,
            c => (IReadOnlyList<NumberedReport>)[.. model.Evaluation[c.Id].History.Select((report, i) => new NumberedReport(report, i + 1))],
            StringComparer.Ordinal);
}
