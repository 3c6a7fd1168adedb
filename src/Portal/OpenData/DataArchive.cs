using System.IO.Compression;
using Portal.Publishing;

namespace Portal.OpenData;

/// <summary>
/// Writes the zip of every open-data file: the published files read back when they are on disk, else the same
/// writers run again. Entries carry the as-of date as their time, not the clock's, so the same data gives the
/// same bytes.
/// </summary>
internal static class DataArchive
{
    public static void Write(IEnumerable<FileJob> files, DateOnly asOf, Func<string, Stream>? readWritten, Stream stream)
    {
        var time = new DateTimeOffset(asOf.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        using var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var file in files)
        {
            var entry = archive.CreateEntry(DataPaths.Relative(file.Path), CompressionLevel.Optimal);
            entry.LastWriteTime = time;
            using var content = entry.Open();
            if (readWritten is null)
            {
                file.Write(content);
                continue;
            }

            using var written = readWritten(file.Path);
            written.CopyTo(content);
        }
    }
}
