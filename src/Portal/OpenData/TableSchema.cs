using System.Text.Json.Nodes;

namespace Portal.OpenData;

/// <summary>A table's Table Schema (https://specs.frictionlessdata.io/table-schema/): its fields, keys and references.</summary>
internal static class TableSchema
{
    /// <summary>Dates may stop at the year or the month, which Table Schema's date type does not allow: they are strings of this form.</summary>
    public const string DatePattern = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?";

    public static JsonObject Of(IDataTable table, DownloadText text)
    {
        var schema = new JsonObject
        {
            ["fields"] = new JsonArray([.. table.Fields.Select(field => (JsonNode)Field(table, field, text))]),
            ["primaryKey"] = new JsonArray([.. table.PrimaryKey.Select(key => (JsonNode)key)]),
        };

        // The profile wants at least one foreign key where the member is present, so a table without any leaves it out.
        if (table.ForeignKeys.Count > 0)
        {
            schema["foreignKeys"] = new JsonArray([.. table.ForeignKeys.Select(key => (JsonNode)ForeignKey(key))]);
        }

        schema["missingValues"] = new JsonArray("");
        return schema;
    }

    public const string StringType = "string";

    public static string TypeOf(FieldType type) => type switch
    {
        FieldType.Integer => "integer",
        FieldType.Number => "number",
        FieldType.Boolean => "boolean",
        _ => StringType,
    };

    private static JsonObject Field(IDataTable table, DataField field, DownloadText text)
    {
        var schema = new JsonObject
        {
            ["name"] = field.Name,
            ["type"] = TypeOf(field.Type),
            ["description"] = text.Column(table, field),
        };
        if (Constraints(field) is { } constraints)
        {
            schema["constraints"] = constraints;
        }

        return schema;
    }

    private static JsonObject? Constraints(DataField field) => field.Type switch
    {
        FieldType.Word => new JsonObject { ["enum"] = new JsonArray([.. field.Allowed.Select(word => (JsonNode)word)]) },
        FieldType.Date => new JsonObject { ["pattern"] = DatePattern },
        _ => null,
    };

    private static JsonObject ForeignKey(ForeignKey key) => new()
    {
        ["fields"] = key.Field,
        ["reference"] = new JsonObject { ["resource"] = key.Resource, ["fields"] = key.ReferenceField },
    };
}
