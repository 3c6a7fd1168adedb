namespace Portal.OpenData;

/// <summary>
/// Keeps spreadsheets from running a published CSV cell as a formula, as OWASP advises against CSV injection: a
/// cell that starts with = + - @, a tab or a carriage return gains a leading apostrophe, which spreadsheets read
/// as "this is text". Only the columns the Table Schema types as strings are guarded, so a negative number stays
/// a number; dates are strings there too, but always start with a digit.
/// </summary>
internal static class FormulaGuard
{
    private const string Triggers = "=+-@\t\r";

    public static bool Guards(DataField field) => TableSchema.TypeOf(field.Type) == TableSchema.StringType;

    public static string Neutralise(string cell) => cell.Length > 0 && Triggers.Contains(cell[0], StringComparison.Ordinal) ? "'" + cell : cell;
}
