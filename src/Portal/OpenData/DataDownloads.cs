namespace Portal.OpenData;

/// <summary>Every CSV and JSON file of the open data, in the order the data package lists them and the zip holds them.</summary>
internal static class DataDownloads
{
    public static IReadOnlyList<DataDownload> Of(DataTables tables) =>
    [
        .. tables.All.Select(table => new DataDownload(
            DataPaths.Csv(table.Name), table.Name, DownloadFormat.Csv, table, stream => CsvTableWriter.Write(table, stream))),
        .. tables.All.Select(table => new DataDownload(
            DataPaths.Json(table.Name), $"{table.Name}-json", DownloadFormat.Json, table, stream => JsonTableWriter.Write(table, tables.Model.AsOf, stream))),
        .. tables.Cities.Records.Select(city => new DataDownload(
            DataPaths.CityJson(city.Id), $"city-{city.Id}-json", DownloadFormat.Json, tables.Cities, stream => CityJsonWriter.Write(tables, city, stream))
        {
            City = city,
        }),
    ];
}
