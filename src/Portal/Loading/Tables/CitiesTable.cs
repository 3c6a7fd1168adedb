using Portal.Domain.Model;
using Portal.TextFiles.Csv;

namespace Portal.Loading.Tables;

internal sealed class CitiesTable : ITable<City>
{
    public string FileName => "cities.csv";

    public IReadOnlyList<CsvColumn> Columns { get; } =
    [
        new("id", Required: true), new("name", Required: true), new("country", Required: true), new("level"),
        new("population"), new("latitude"), new("longitude"), new("website"), new("declared"), new("networks"),
        new("summary"),
    ];

    public City Read(RowReader row) => new()
    {
        Id = row.RequiredSlug("id"),
        Name = row.RequiredText("name"),
        Country = row.RequiredCountry("country"),
        Level = row.Text("level"),
        Population = row.WholeNumber("population", min: 0),
        Latitude = row.Number("latitude"),
        Longitude = row.Number("longitude"),
        Website = row.Url("website"),
        Declared = row.Date("declared"),
        Networks = row.List("networks"),
        Summary = row.Text("summary"),
        Row = row.Location,
    };
}
