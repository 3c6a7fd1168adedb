namespace Portal.OpenData;

internal enum DownloadFormat
{
    Csv,
    Json,
}
