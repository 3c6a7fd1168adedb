using System.Text.Encodings.Web;
using System.Text.Json;
using Portal.Domain.Model;

namespace Portal.OpenData;

/// <summary>
/// Writes records as JSON objects with the CSV's column names. The writer's default encoder escapes &lt;, &gt;, &amp;,
/// quotes and every non-ASCII character, so a value from the data cannot break out wherever the JSON is pasted.
/// </summary>
internal static class JsonRecordWriter
{
    private const int FlushAfterBytes = 64 * 1024;

    /// <summary>Compact and with a fixed encoder, so every build writes the same bytes on every machine.</summary>
    public static Utf8JsonWriter Create(Stream stream) =>
        new(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default, Indented = false });

    /// <summary>Writes a record, then hands what is pending to the stream: the writer keeps everything in memory until flushed.</summary>
    public static void WriteRecord(Utf8JsonWriter json, IReadOnlyList<DataField> fields, IReadOnlyList<object?> cells)
    {
        json.WriteStartObject();
        WriteProperties(json, fields, cells);
        json.WriteEndObject();
        if (json.BytesPending > FlushAfterBytes)
        {
            json.Flush();
        }
    }

    /// <summary>The record's members without the braces, for objects that add members of their own.</summary>
    public static void WriteProperties(Utf8JsonWriter json, IReadOnlyList<DataField> fields, IReadOnlyList<object?> cells)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            json.WritePropertyName(fields[i].Name);
            WriteValue(json, cells[i]);
        }
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case long whole:
                json.WriteNumberValue(whole);
                break;
            case double number:
                json.WriteNumberValue(number);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case PartialDate date:
                json.WriteStringValue(date.ToString());
                break;
            case IReadOnlyList<string> list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    json.WriteStringValue(item);
                }

                json.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"a published cell cannot hold a {value.GetType().Name}", nameof(value));
        }
    }
}
