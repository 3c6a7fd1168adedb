using Portal.Domain.Model;
using Portal.TextFiles.Csv;

namespace Portal.Loading.Tables;

internal sealed class RecommendationsTable : ITable<Recommendation>
{
    public string FileName => "recommendations.csv";

    public IReadOnlyList<CsvColumn> Columns { get; } =
    [
        new("id", Required: true), new("text", Required: true), new("country", Required: true),
        new("mechanism", Required: true), new("body"), new("symbol"), new("paragraph"), new("cycle"), new("session"),
        new("date"), new("recommending_state"), new("response"), new("themes"), new("sdgs"),
        new("affected_persons"), new("url"), new("title"),
    ];

    public Recommendation Read(RowReader row) => new()
    {
        Id = row.RequiredId("id"),
        Text = row.RequiredText("text"),
        Country = row.RequiredCountry("country"),
        Mechanism = row.RequiredText("mechanism"),
        Body = row.Text("body"),
        Symbol = row.Text("symbol"),
        Paragraph = row.Text("paragraph"),
        Cycle = (int?)row.WholeNumber("cycle", min: 1, max: 99),
        Session = row.Text("session"),
        Date = row.Date("date"),
        RecommendingState = row.Text("recommending_state"),
        Response = row.Word("response", Vocabularies.Response),
        Themes = row.List("themes"),
        Sdgs = row.List("sdgs"),
        AffectedPersons = row.List("affected_persons"),
        Url = row.Url("url"),
        Title = row.Text("title"),
        Row = row.Location,
    };
}
