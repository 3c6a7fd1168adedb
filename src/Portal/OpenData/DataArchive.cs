using System.IO.Compression;
using Portal.Publishing;

namespace Portal.OpenData;

/// <summary>
/// Writes the zip of every open-data file, packing the files as they were published rather than writing them
/// again. Entries carry the as-of date as their time, not the clock's, so the same data gives the same bytes.
/// </summary>
internal static class DataArchive
{
    public static void Write(IEnumerable<string> files, DateOnly asOf, Func<string, Stream> readWritten, Stream stream)
    {
        var time = new DateTimeOffset(asOf.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        using var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var file in files)
        {
            var entry = archive.CreateEntry(DataPaths.Relative(file), CompressionLevel.Optimal);
            entry.LastWriteTime = time;
            using var content = entry.Open();
            using var written = readWritten(file);
            written.CopyTo(content);
        }
    }
}
