using Portal.Rendering;

namespace Portal.OpenData;

/// <summary>
/// Writes a table as JSON: <c>{"as_of": "...", "cities": [{...}, ...]}</c>, one object per CSV row with the same
/// names, lists as arrays, numbers and booleans as themselves, dates as ISO strings, and null for no value.
/// </summary>
internal static class JsonTableWriter
{
    public static void Write(IDataTable table, DateOnly asOf, Stream stream)
    {
        using var json = JsonRecordWriter.Create(stream);
        json.WriteStartObject();
        json.WriteString("as_of", Format.Date(asOf));
        json.WriteStartArray(table.Name);
        foreach (var row in table.Rows())
        {
            JsonRecordWriter.WriteRecord(json, table.Fields, row);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
