using System.Text;

namespace Portal.TextFiles.Encodings;

/// <summary>
/// The encodings exports come in, by the names --encoding accepts. The 8-bit code pages need .NET's
/// code-page provider, registered once here.
/// </summary>
internal static class ExportEncodings
{
    // Static initialisers run in the order written: the provider is registered before the code pages are asked for.
    private static readonly bool CodePagesRegistered = RegisterCodePages();

    public static Encoding Windows1252 { get; } = Encoding.GetEncoding(1252);

    public static Encoding MacRoman { get; } = Encoding.GetEncoding(10000);

    /// <summary>
    /// The single-byte code pages that spreadsheets save CSV in, region by region: Windows' (Central European,
    /// Cyrillic, Western, Greek, Turkish, Arabic), the ISO 8859 parts that older systems and web forms use
    /// for the same languages, and Mac Roman. Windows' come first: when two read the bytes alike, Windows' is named.
    /// </summary>
    public static IReadOnlyList<Encoding> SingleByte { get; } =
        [.. new[] { 1252, 1250, 1251, 1253, 1254, 1256, 28591, 28605, 28592, 28595, 28597, 28599, 10000 }.Select(Encoding.GetEncoding)];

    /// <summary>The encoding for an --encoding value: a .NET or IANA name, or one of the aliases people use.</summary>
    public static Encoding? ByName(string name)
    {
        var key = name.Trim().ToLowerInvariant();
        var canonical = key switch
        {
            "mac" or "macroman" or "mac-roman" or "mac roman" or "x-mac-roman" or "macintosh" => "macintosh",
            "ansi" => "windows-1252",
            "utf8" => "utf-8",
            "utf16" or "utf-16le" or "utf16le" => "utf-16",
            "latin1" or "latin-1" => "iso-8859-1",
            "latin2" or "latin-2" => "iso-8859-2",
            "latin9" or "latin-9" => "iso-8859-15",
            _ when key.StartsWith("windows", StringComparison.Ordinal) && int.TryParse(key.AsSpan(7).TrimStart('-'), out var page) => $"windows-{page}",
            _ when key.StartsWith("cp", StringComparison.Ordinal) && int.TryParse(key.AsSpan(2).TrimStart('-'), out var page) => $"windows-{page}",
            _ when key.StartsWith("iso8859", StringComparison.Ordinal) => "iso-8859" + key[7..],
            _ => key,
        };
        try
        {
            return CodePagesRegistered ? Encoding.GetEncoding(canonical) : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>A readable name for the report.</summary>
    public static string DisplayName(Encoding encoding) => encoding.CodePage switch
    {
        10000 => "Mac Roman",
        65001 => "UTF-8",
        1200 => "UTF-16 LE",
        1201 => "UTF-16 BE",
        12000 => "UTF-32 LE",
        12001 => "UTF-32 BE",
        >= 1250 and <= 1258 => $"Windows-{encoding.CodePage}",
        _ when encoding.WebName.StartsWith("iso-", StringComparison.Ordinal) => encoding.WebName.ToUpperInvariant(),
        _ => encoding.WebName,
    };

    /// <summary>The name to give --encoding for this encoding.</summary>
    public static string OptionName(Encoding encoding) => encoding.WebName;

    private static bool RegisterCodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    }
}
