using Portal.Domain.Model;

namespace Portal.Loading.Tables;

/// <summary>
/// themes.csv, optional: one row per theme of the portal. <c>source_labels</c> holds the labels of UN sources the
/// theme gathers, one per line of the cell (Alt+Enter in a spreadsheet), so a label may hold semicolons and commas.
/// </summary>
internal sealed class ThemesTable : ITable<Theme>
{
    private static readonly string[] LineBreaks = ["\r\n", "\n", "\r"];

    public string FileName => "themes.csv";

    public IReadOnlyList<CsvColumn> Columns { get; } =
        [new("id", Required: true), new("label", Required: true), new("source_labels")];

    public Theme Read(RowReader row) => new()
    {
        Id = row.RequiredSlug("id"),
        Label = row.RequiredText("label"),
        SourceLabels = SourceLabels(row.Text("source_labels")),
        Row = row.Location,
    };

    private static List<string> SourceLabels(string? cell) =>
        cell is null ? [] : [.. cell.Split(LineBreaks, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
