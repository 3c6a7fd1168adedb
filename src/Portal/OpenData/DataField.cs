namespace Portal.OpenData;

/// <summary>A published column as the schema describes it: its name, its kind, and the words it allows, if it is closed.</summary>
internal sealed record DataField(string Name, FieldType Type, IReadOnlyList<string> Allowed);
