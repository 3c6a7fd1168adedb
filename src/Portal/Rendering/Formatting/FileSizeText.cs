using System.Globalization;
using Portal.Rendering.Theme;

namespace Portal.Rendering.Formatting;

/// <summary>A file's size as a reader weighs a download: "812 bytes", "12.4 kB", "3.1 MB".</summary>
internal static class FileSizeText
{
    public static string Of(UiStrings strings, long bytes) => bytes switch
    {
        < 1_000 => strings.Format("data.bytes", bytes),
        < 1_000_000 => strings.Format("data.kilobytes", (bytes / 1_000.0).ToString("0.0", CultureInfo.InvariantCulture)),
        _ => strings.Format("data.megabytes", (bytes / 1_000_000.0).ToString("0.0", CultureInfo.InvariantCulture)),
    };
}
