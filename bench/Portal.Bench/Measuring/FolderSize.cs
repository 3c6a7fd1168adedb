namespace Portal.Bench.Measuring;

internal static class FolderSize
{
    public static long Of(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
}
