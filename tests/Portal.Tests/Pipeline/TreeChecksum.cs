using System.Security.Cryptography;
using System.Text;

namespace Portal.Tests.Pipeline;

/// <summary>One hash of a whole folder: the path of every folder, file and link in it, and the bytes of every file.</summary>
internal static class TreeChecksum
{
    public static string Of(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var entries = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .OrderBy(e => e.FullName, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var kind = entry.LinkTarget is { } target ? "link " + target : entry is DirectoryInfo ? "folder" : "file";
            hash.AppendData(Encoding.UTF8.GetBytes($"{Path.GetRelativePath(folder, entry.FullName)}\0{kind}\0"));
            if (kind == "file")
            {
                hash.AppendData(File.ReadAllBytes(entry.FullName));
            }
        }

        return Convert.ToHexString(hash.GetCurrentHash());
    }
}
