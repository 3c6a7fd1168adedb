using System.Security.Cryptography;

namespace Portal.Tests.Pipeline;

/// <summary>Every file of an output folder with the hash of its bytes, to compare two builds exactly.</summary>
internal static class OutputSnapshot
{
    public static SortedDictionary<string, string> Of(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            file => Path.GetRelativePath(folder, file),
            file => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)))), StringComparer.Ordinal);
}
