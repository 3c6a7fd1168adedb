namespace Portal.Domain.Importing;

/// <summary>What the number of a source record counts.</summary>
public enum RowUnit
{
    Line,
    SheetRow,
    JsonItem,
}
