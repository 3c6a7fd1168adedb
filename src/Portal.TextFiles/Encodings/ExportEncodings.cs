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

    /// <summary>The encoding for an --encoding value: a .NET or IANA name, or one of the aliases people use for Mac Roman.</summary>
    public static Encoding? ByName(string name)
    {
        var key = name.Trim().ToLowerInvariant();
        var canonical = key switch
        {
            "mac" or "macroman" or "mac-roman" or "mac roman" or "x-mac-roman" or "macintosh" => "macintosh",
            "windows1252" or "cp1252" or "ansi" => "windows-1252",
            "utf8" => "utf-8",
            "utf16" or "utf-16le" or "utf16le" => "utf-16",
            "latin1" or "latin-1" => "iso-8859-1",
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
        1252 => "Windows-1252",
        65001 => "UTF-8",
        1200 => "UTF-16 LE",
        1201 => "UTF-16 BE",
        12000 => "UTF-32 LE",
        12001 => "UTF-32 BE",
        _ => encoding.WebName,
    };

    private static bool RegisterCodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    }
}
