using System.Text;
using System.Text.Json;
using Portal.Domain.Diagnostics;

namespace Portal.Importing.Uhri;

/// <summary>
/// Finds where annotations start in the JSON text, so that a problem with one is reported at its line and
/// column. It reads the text again, token by token, only when there is a problem to report.
/// </summary>
internal static class JsonItemLocator
{
    /// <summary>The start of each numbered item (counting from 1) of the list: the root array, or the array in the root's property <paramref name="listProperty"/>.</summary>
    public static IReadOnlyDictionary<int, SourceLocation> Locate(string path, string text, string? listProperty, IReadOnlySet<int> items)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = ImportLimits.MaxJsonDepth });
        var itemDepth = listProperty is null ? 1 : 2;
        var inList = listProperty is null;
        var number = 0;
        var found = new Dictionary<int, SourceLocation>();
        while (found.Count < items.Count && reader.Read())
        {
            if (!inList)
            {
                inList = reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals(listProperty);
                continue;
            }

            if (reader.CurrentDepth == itemDepth && reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray or JsonTokenType.PropertyName)
                && items.Contains(++number))
            {
                found[number] = LocationOf(path, bytes, (int)reader.TokenStartIndex);
            }
        }

        return found;
    }

    private static SourceLocation LocationOf(string path, byte[] bytes, int offset)
    {
        var before = bytes.AsSpan(0, offset);
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var line = before.Count((byte)'\n') + 1;
        return new SourceLocation(path, line, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }
}
