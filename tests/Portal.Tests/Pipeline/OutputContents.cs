using System.IO.Compression;

namespace Portal.Tests.Pipeline;

/// <summary>
/// The bytes of every file of an output folder, and of every entry of every zip (and DOCX) in it, unpacked: a path written
/// into an archive is compressed, so a search of the zip's own bytes would miss it.
/// </summary>
internal static class OutputContents
{
    public static IEnumerable<(string Name, byte[] Bytes)> Of(string folder)
    {
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(folder, file);
            var bytes = File.ReadAllBytes(file);
            yield return (name, bytes);
            // A DOCX is a zip too: the annexes beside the dashboards.
            if (file.EndsWith(".zip", StringComparison.Ordinal) || file.EndsWith(".docx", StringComparison.Ordinal))
            {
                foreach (var entry in Entries(bytes))
                {
                    yield return ($"{name}!{entry.Name}", entry.Bytes);
                }
            }
        }
    }

    private static List<(string Name, byte[] Bytes)> Entries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return [.. archive.Entries.Select(entry => (entry.FullName, Unpacked(entry)))];
    }

    private static byte[] Unpacked(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
