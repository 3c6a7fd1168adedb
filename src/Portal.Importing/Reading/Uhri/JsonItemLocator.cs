using System.Text;
using System.Text.Json;
using Portal.Domain.Diagnostics;

namespace Portal.Importing.Reading.Uhri;

/// <summary>
/// Finds where annotations start in the JSON text, so that a problem with one is reported at its line and
/// column. It reads the text again, token by token, in linear time.
/// </summary>
internal static class JsonItemLocator
{
    /// <summary>The start of each item, numbered from 1, of the list: the root array, or the array in the root's property <paramref name="listProperty"/>.</summary>
    public static IReadOnlyDictionary<int, SourceLocation> Locate(string path, string text, string? listProperty)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = ImportLimits.MaxJsonDepth });
        var itemDepth = listProperty is null ? 1 : 2;
        var inList = listProperty is null;
        var number = 0;
        var found = new Dictionary<int, SourceLocation>();
        var lines = new Utf8LineCounter(bytes);
        while (reader.Read())
        {
            if (!inList)
            {
                inList = reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals(listProperty);
                continue;
            }

            if (reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == itemDepth - 1)
            {
                break;
            }

            if (reader.CurrentDepth == itemDepth && reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray or JsonTokenType.PropertyName))
            {
                var (line, column) = lines.At((int)reader.TokenStartIndex);
                found[++number] = new SourceLocation(path, line, column);
            }
        }

        return found;
    }
}
