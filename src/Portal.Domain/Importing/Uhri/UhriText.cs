using System.Text.RegularExpressions;

namespace Portal.Domain.Importing.Uhri;

/// <summary>
/// UHRI gives a UPR recommendation as "140.7 Ratify the Optional Protocol ... (Portugal);" followed by a
/// line "Source of Position: A/HRC/59/15/Add.1 - Para.3". The paragraph number goes to its own column and
/// the source line, which is about the response, is dropped from the text.
/// </summary>
public static partial class UhriText
{
    private static readonly string[] LineBreaks = ["\r\n", "\n", "\r"];

    public static (string Text, string? Paragraph) Split(string cell)
    {
        var lines = cell.Split(LineBreaks, StringSplitOptions.None)
            .Where(l => !l.TrimStart().StartsWith("Source of position", StringComparison.OrdinalIgnoreCase));
        var text = TextCleaner.Clean(string.Join(' ', lines));
        var match = LeadingParagraph().Match(text);
        return match.Success
            ? (text[match.Length..], match.Groups["paragraph"].Value)
            : (text, null);
    }

    [GeneratedRegex(@"^(?<paragraph>\d{1,3}(?:\.\d{1,3})+)\.?\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingParagraph();
}
