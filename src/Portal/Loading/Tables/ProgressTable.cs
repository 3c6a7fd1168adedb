using Portal.Domain.Model;
using Portal.TextFiles.Csv;

namespace Portal.Loading.Tables;

internal sealed class ProgressTable : ITable<ProgressReport>
{
    public string FileName => "progress.csv";

    public IReadOnlyList<CsvColumn> Columns { get; } =
    [
        new("commitment", Required: true), new("date", Required: true), new("value"), new("status"), new("note"),
        new("source"),
    ];

    public ProgressReport Read(RowReader row) => new()
    {
        CommitmentId = row.RequiredSlug("commitment"),
        Date = row.RequiredDate("date") ?? default,
        Value = row.Number("value"),
        Status = row.Word("status", Vocabularies.CommitmentStatus),
        Note = row.Text("note"),
        Source = row.Url("source"),
        Row = row.Location,
    };
}
