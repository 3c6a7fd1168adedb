namespace Portal.Tests.Support;

/// <summary>For a publishing context whose test writes no files: a file source that reads one back fails loudly.</summary>
internal static class NoWrittenFiles
{
    public static Stream Open(string sitePath) => throw new InvalidOperationException($"{sitePath}: this test writes no files to read back");
}
