using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Domain.Diagnostics;
using Portal.Domain.Importing;

namespace Portal.Importing.Uhri;

/// <summary>
/// Reads UHRI's JSON export into the same table as its XLSX and CSV exports, so that one mapper serves
/// all three: each key becomes the column OHCHR's spreadsheets use, lists become "- " lines, and the
/// HTML of Text becomes plain text. Items are counted from 1 where the report names a row.
/// </summary>
internal static partial class UhriJsonReader
{
    /// <summary>JSON keys and the spreadsheet columns they stand for.</summary>
    private static readonly (string Key, string Column)[] Keys =
    [
        ("AnnotationId", "OHCHR Annotation Id"),
        ("Symbol", "Document Symbol"),
        ("Body", "Reccomending Body"),
        ("AnnotationType", "Type"),
        ("Countries", "Countries Concerned"),
        ("PublicationDate", "Document Publication Date"),
        ("Text", "Text"),
        ("Themes", "Themes"),
        ("AffectedPersons", "Affected Persons"),
        ("Sdgs", "Sdgs"),
        ("UprCycle", "UPR Cycle"),
        ("UprPositions", "UPR Position"),
        ("UprRecommendingCountry", "UPR Reccomending States"),
        ("UprSession", "UPR Session"),
    ];

    /// <summary>Properties that name a thing when a list holds objects rather than strings.</summary>
    private static readonly string[] NameProperties = ["Name", "Title", "Label", "Value", "Text", "EnglishName", "ShortName", "Code"];

    public static SourceTable? Read(string path, string text, DiagnosticBag diagnostics)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (ItemsOf(document.RootElement) is not { } items)
            {
                diagnostics.Error(SourceLocation.OfFile(path), "the JSON holds no list of annotations: expected an array of objects, or an object with one");
                return null;
            }

            var records = items.EnumerateArray()
                .Select((item, index) => new SourceRecord(index + 1, [.. Keys.Select(k => CellOf(item, k.Key))]))
                .ToList();
            return new SourceTable(path, [.. Keys.Select(k => k.Column)], records, RowUnit.JsonItem);
        }
        catch (JsonException e)
        {
            var location = new SourceLocation(path, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
            diagnostics.Error(location, $"the file is not valid JSON: {FirstSentence(e.Message)}");
            return null;
        }
    }

    /// <summary>The array of annotations: the root itself, or the first array of objects among its properties ("data", "value", ...).</summary>
    private static JsonElement? ItemsOf(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return root;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in root.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array
                && property.Value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Object))
            {
                return property.Value;
            }
        }

        return null;
    }

    private static string CellOf(JsonElement item, string key)
    {
        if (item.ValueKind != JsonValueKind.Object || Property(item, key) is not { } value)
        {
            return string.Empty;
        }

        var cell = value.ValueKind == JsonValueKind.Array ? ListOf(value) : TextOf(value);
        return key switch
        {
            "Text" => HtmlText.ToPlainText(cell),
            "PublicationDate" => FromMicrosoftDate(cell),
            _ => cell,
        };
    }

    private static JsonElement? Property(JsonElement item, string key)
    {
        foreach (var property in item.EnumerateObject())
        {
            if (property.Name.Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    /// <summary>A list as UHRI's spreadsheets write one: a value per line, each after "- ".</summary>
    private static string ListOf(JsonElement array)
    {
        var values = array.EnumerateArray().Select(TextOf).Where(v => v.Length > 0).ToList();
        return values.Count == 1 ? values[0] : string.Join('\n', values.Select(v => "- " + v));
    }

    private static string TextOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "TRUE",
        JsonValueKind.False => "FALSE",
        JsonValueKind.Object => NameOf(value),
        _ => string.Empty,
    };

    private static string NameOf(JsonElement value)
    {
        foreach (var name in NameProperties)
        {
            if (Property(value, name) is { ValueKind: JsonValueKind.String or JsonValueKind.Number } named)
            {
                return TextOf(named);
            }
        }

        return value.EnumerateObject().Select(p => p.Value).FirstOrDefault(v => v.ValueKind == JsonValueKind.String) is { ValueKind: JsonValueKind.String } first
            ? first.GetString() ?? string.Empty
            : string.Empty;
    }

    /// <summary>Older .NET services wrote dates as "/Date(1579824000000)/", milliseconds since 1970.</summary>
    private static string FromMicrosoftDate(string cell)
    {
        var match = MicrosoftDate().Match(cell.Trim());
        if (!match.Success || !long.TryParse(match.Groups["ms"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var milliseconds))
        {
            return cell;
        }

        return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }

    [GeneratedRegex(@"^/Date\((?<ms>-?\d+)(?:[+-]\d{4})?\)/$", RegexOptions.CultureInvariant)]
    private static partial Regex MicrosoftDate();
}
