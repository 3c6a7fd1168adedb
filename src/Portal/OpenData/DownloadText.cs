using Portal.Rendering.Theme;

namespace Portal.OpenData;

/// <summary>The title and description of each file and column, from the theme's UI text: the /data/ page and the data package say the same.</summary>
internal sealed class DownloadText(UiStrings strings)
{
    public string Title(DataDownload download) => download switch
    {
        { City: { } city } => strings.Format("data-table.city-title", city.Name),
        { Format: DownloadFormat.Json } => strings.Format("data-table.json-title", TableTitle(download.Table)),
        _ => TableTitle(download.Table),
    };

    public string Description(DataDownload download) => download switch
    {
        { City: { } city } => strings.Format("data-table.city-description", city.Name),
        { Format: DownloadFormat.Json } => strings.Format("data-table.json-description", download.Table.Name),
        _ => TableDescription(download.Table),
    };

    public string TableTitle(IDataTable table) => strings[$"data-table.{table.Name}.title"];

    public string TableDescription(IDataTable table) => strings[$"data-table.{table.Name}.description"];

    public string Column(IDataTable table, DataField field) => strings[$"data-column.{table.Name}.{field.Name}"];

    public string Type(DataField field) => strings[$"data-type.{field.Type.ToString().ToLowerInvariant()}"];
}
