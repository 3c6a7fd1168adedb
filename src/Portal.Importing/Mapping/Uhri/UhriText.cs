using System.Text.RegularExpressions;

namespace Portal.Importing.Mapping.Uhri;

/// <summary>
/// UHRI gives a UPR recommendation as "140.7 Ratify the Optional Protocol ... (Portugal);" followed by
/// "Source of Position: A/HRC/59/15/Add.1 - Para.3", usually on a line of its own. The paragraph number goes
/// to its own column, as does a treaty body's "78." or "78 (a)", and the source of the position, which is about
/// the response, is dropped from the text.
/// </summary>
public static partial class UhriText
{
    public static (string Text, string? Paragraph) Split(string cell) =>
        LeadingParagraph.Split(TextCleaner.Clean(SourceOfPosition().Replace(cell, string.Empty)));

    [GeneratedRegex(@"\s*Source of position\s*:.*$", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex SourceOfPosition();
}
