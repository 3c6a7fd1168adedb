using Portal.Domain.Model;
using Portal.TextFiles.Csv;

namespace Portal.Loading.Tables;

internal sealed class AssessmentsTable : ITable<Assessment>
{
    public string FileName => "assessments.csv";

    public IReadOnlyList<CsvColumn> Columns { get; } =
    [
        new("city", Required: true), new("element", Required: true), new("status", Required: true), new("note"),
        new("source"), new("date"),
    ];

    public Assessment Read(RowReader row) => new()
    {
        CityId = row.RequiredSlug("city"),
        ElementId = row.RequiredSlug("element"),
        Status = row.RequiredWord("status", Vocabularies.AssessmentStatus) ?? AssessmentStatus.NotInPlace,
        Note = row.Text("note"),
        Source = row.Url("source"),
        Date = row.Date("date"),
        Row = row.Location,
    };
}
