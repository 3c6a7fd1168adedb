namespace Portal.Importing.Mapping;

/// <summary>What the number of a source record counts.</summary>
public enum RowUnit
{
    Line,
    SheetRow,
    JsonItem,
}
