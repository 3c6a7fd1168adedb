namespace Portal.OpenData;

/// <summary>
/// Where the open data is published. The data package sits at the site's root, so that every file it describes
/// is below it: the Data Package spec forbids paths that climb out with "../".
/// </summary>
internal static class DataPaths
{
    public const string Page = "/data/";
    public const string Package = "/datapackage.json";
    public const string Archive = "/data/portal-data.zip";

    public static string Csv(string table) => Page + CsvFileName(table);

    /// <summary>The file name of a table's CSV: the same in the data folder and under /data/.</summary>
    public static string CsvFileName(string table) => $"{table}.csv";

    public static string Json(string table) => $"/api/{table}.json";

    public static string CityJson(string cityId) => $"/api/cities/{cityId}.json";

    /// <summary>A path as the data package and the zip name it: relative to the site's root.</summary>
    public static string Relative(string sitePath) => sitePath.TrimStart('/');
}
