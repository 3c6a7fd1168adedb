using Portal.Domain.Model;
using Portal.TextFiles.Csv;

namespace Portal.Loading.Tables;

internal sealed class CommitmentsTable : ITable<Commitment>
{
    public string FileName => "commitments.csv";

    public IReadOnlyList<CsvColumn> Columns { get; } =
    [
        new("id", Required: true), new("city", Required: true), new("title", Required: true), new("description"),
        new("recommendations"), new("framework"), new("themes"), new("sdgs"), new("department"), new("start"),
        new("due"), new("status", Required: true), new("indicator"), new("unit"), new("baseline"),
        new("baseline_year"), new("target"), new("target_year"), new("source"), new("updated"),
    ];

    public Commitment Read(RowReader row) => new()
    {
        Id = row.RequiredSlug("id"),
        CityId = row.RequiredSlug("city"),
        Title = row.RequiredText("title"),
        Description = row.Text("description"),
        RecommendationIds = row.List("recommendations"),
        FrameworkIds = row.SlugList("framework"),
        Themes = row.List("themes"),
        Sdgs = row.List("sdgs"),
        Department = row.Text("department"),
        Start = row.Date("start"),
        Due = row.Date("due"),
        Status = row.RequiredWord("status", Vocabularies.CommitmentStatus) ?? CommitmentStatus.Planned,
        Indicator = ReadIndicator(row),
        Source = row.Url("source"),
        Updated = row.Date("updated"),
        Row = row.Location,
    };

    private static Indicator? ReadIndicator(RowReader row)
    {
        var indicator = new Indicator
        {
            Name = row.Text("indicator"),
            Unit = row.Text("unit"),
            Baseline = row.Number("baseline"),
            BaselineYear = (int?)row.WholeNumber("baseline_year", min: 1900, max: 2200),
            Target = row.Number("target"),
            TargetYear = (int?)row.WholeNumber("target_year", min: 1900, max: 2200),
        };
        return indicator == new Indicator() ? null : indicator;
    }
}
