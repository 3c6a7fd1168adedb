using Portal.Domain.Model;
using Portal.TextFiles.Csv;

namespace Portal.Loading.Tables;

internal sealed class FrameworkTable : ITable<FrameworkElement>
{
    public string FileName => "framework.csv";

    public IReadOnlyList<CsvColumn> Columns { get; } =
    [
        new("id", Required: true), new("pillar", Required: true), new("title", Required: true), new("description"),
        new("order"),
    ];

    public FrameworkElement Read(RowReader row) => new()
    {
        Id = row.RequiredSlug("id"),
        Pillar = row.RequiredText("pillar"),
        Title = row.RequiredText("title"),
        Description = row.Text("description"),
        Order = row.Integer("order"),
        Row = row.Location,
    };
}
