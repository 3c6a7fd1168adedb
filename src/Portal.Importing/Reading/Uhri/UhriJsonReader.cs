using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Domain.Diagnostics;
using Portal.Importing.Mapping;
using Portal.Domain.Limits;

namespace Portal.Importing.Reading.Uhri;

/// <summary>
/// Reads UHRI's JSON export into the same table as its XLSX and CSV exports, so that one mapper serves
/// all three: each key becomes the column OHCHR's spreadsheets use, lists become "- " lines, and the
/// HTML of Text becomes plain text. Items are counted from 1 where the report names a row, and a problem with
/// one (a date past the year 9999, half of a surrogate pair, a cell past its budget) is reported at the line where it starts.
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

    private static readonly long MinUnixMilliseconds = DateTimeOffset.MinValue.ToUnixTimeMilliseconds();

    private static readonly long MaxUnixMilliseconds = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    /// <summary>Properties that name a thing when a list holds objects rather than strings.</summary>
    private static readonly string[] NameProperties = ["Name", "Title", "Label", "Value", "Text", "EnglishName", "ShortName", "Code"];

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = ImportLimits.MaxJsonDepth,
    };

    public static SourceTable? Read(string path, string text, DiagnosticBag diagnostics)
    {
        try
        {
            using var document = JsonDocument.Parse(text, Options);
            if (ItemsOf(document.RootElement) is not var (items, listProperty))
            {
                diagnostics.Error(SourceLocation.OfFile(path), "the JSON holds no list of annotations: expected an array of objects, or an object with one");
                return null;
            }

            if (items.GetArrayLength() > InputLimits.MaxRows)
            {
                diagnostics.Error(SourceLocation.OfFile(path), string.Create(CultureInfo.InvariantCulture, $"the JSON holds {items.GetArrayLength():N0} annotations; an export may have at most {InputLimits.MaxRows:N0}, so it is not read"));
                return null;
            }

            var (records, problems) = ReadItems(items);
            var table = new SourceTable(path, [.. Keys.Select(k => k.Column)], records, RowUnit.JsonItem)
            {
                RecordLocations = JsonItemLocator.Locate(path, text, listProperty),
            };
            foreach (var (item, message) in problems)
            {
                diagnostics.Error(table.LocationOf(item), message);
            }

            return problems.Count > 0 ? null : table;
        }
        catch (JsonException e)
        {
            var location = new SourceLocation(path, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
            diagnostics.Error(location, $"the file is not valid JSON: {FirstSentence(e.Message)}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            diagnostics.Error(SourceLocation.OfFile(path), $"the file holds text that is not valid Unicode ({FirstSentence(e.Message)}), such as half of a surrogate pair");
            return null;
        }
    }

    /// <summary>Every annotation as a record; an annotation with a value that cannot be imported becomes a problem, and the rest are still read.</summary>
    private static (List<SourceRecord> Records, Dictionary<int, string> Problems) ReadItems(JsonElement items)
    {
        var records = new List<SourceRecord>();
        var problems = new Dictionary<int, string>();
        var number = 0;
        foreach (var item in items.EnumerateArray())
        {
            number++;
            try
            {
                records.Add(new SourceRecord(number, [.. Keys.Select(k => CellOf(item, k.Key))]));
            }
            catch (JsonItemProblem problem)
            {
                problems[number] = problem.Message;
            }
            catch (InvalidOperationException e)
            {
                problems[number] = $"annotation {number} holds text that is not valid Unicode ({FirstSentence(e.Message)}), such as half of a surrogate pair";
            }
        }

        return (records, problems);
    }

    /// <summary>The array of annotations: the root itself, or the first array of objects among its properties ("data", "value", ...).</summary>
    private static (JsonElement Items, string? Property)? ItemsOf(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return (root, null);
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
                return (property.Value, property.Name);
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
        if (cell.Length > InputLimits.MaxCellLength)
        {
            throw new JsonItemProblem(string.Create(CultureInfo.InvariantCulture, $"'{key}' holds {cell.Length:N0} characters; a cell may hold at most {InputLimits.MaxCellLength:N0}"));
        }

        return key switch
        {
            "Text" => HtmlText.ToPlainText(cell) ?? throw new JsonItemProblem($"the HTML of 'Text' nests deeper than {ImportLimits.MaxHtmlDepth} elements; no real text needs that"),
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

        if (milliseconds < MinUnixMilliseconds || milliseconds > MaxUnixMilliseconds)
        {
            throw new JsonItemProblem($"'PublicationDate' '{cell.Trim()}' is not a date: it counts more milliseconds from 1970 than there are before the year 10000");
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
