using Portal.Domain.Diagnostics;
using Portal.Domain.Limits;
using Portal.TextFiles.Encodings;

namespace Portal.Loading;

/// <summary>
/// Refuses the characters no page may hold (<see cref="ForbiddenCharacters"/>) in a whole document, such as a
/// Markdown page or site.yml, at the line and column of each; one error per line is enough to find them all.
/// </summary>
internal static class ControlCharacters
{
    /// <summary>Reports every line that holds a forbidden character; true when there was none.</summary>
    public static bool Check(string path, string text, DiagnosticBag diagnostics)
    {
        var clean = true;
        var start = 0;
        while (start < text.Length && ForbiddenCharacters.IndexIn(text.AsSpan(start)) is var found and >= 0)
        {
            var offset = start + found;
            diagnostics.Error(TextDecoder.LocationOf(text, offset, path), $"{ForbiddenCharacters.Describe(text[offset])} may not appear in the text: remove it");
            clean = false;
            start = NextLine(text, offset);
        }

        return clean;
    }

    private static int NextLine(string text, int offset)
    {
        var end = text.AsSpan(offset).IndexOfAny('\r', '\n');
        return end < 0 ? text.Length : offset + end + 1;
    }
}
