using Portal.Domain.Model;

namespace Portal.OpenData;

/// <summary>
/// The columns of a published table, declared once with their kind: the CSV, the JSON and the Table Schema all
/// come from this list, so a column cannot be in one and missing from another, nor typed differently.
/// </summary>
internal sealed class ColumnList<T>
{
    private readonly List<DataColumn<T>> _columns = [];

    public IReadOnlyList<DataColumn<T>> Columns => _columns;

    public ColumnList<T> Text(string name, Func<T, string?> value) => Add(name, FieldType.Text, [], value);

    public ColumnList<T> Word<TEnum>(string name, Vocabulary<TEnum> vocabulary, Func<T, TEnum?> value)
        where TEnum : struct, Enum =>
        Add(name, FieldType.Word, [.. Enum.GetValues<TEnum>().Select(vocabulary.WordOf)], t => value(t) is { } v ? vocabulary.WordOf(v) : null);

    public ColumnList<T> Integer(string name, Func<T, long?> value) => Add(name, FieldType.Integer, [], t => value(t));

    /// <summary>A number, rounded to <paramref name="decimals"/> places when given; one that is not finite has no value.</summary>
    public ColumnList<T> Number(string name, Func<T, double?> value, int? decimals = null) =>
        Add(name, FieldType.Number, [], t => value(t) is { } v && double.IsFinite(v) ? Round(v, decimals) : null);

    public ColumnList<T> Boolean(string name, Func<T, bool> value) => Add(name, FieldType.Boolean, [], t => value(t));

    public ColumnList<T> Date(string name, Func<T, PartialDate?> value) => Add(name, FieldType.Date, [], t => value(t));

    public ColumnList<T> List(string name, Func<T, IReadOnlyList<string>> value) => Add(name, FieldType.List, [], value);

    private static double Round(double value, int? decimals) =>
        decimals is { } places ? Math.Round(value, places, MidpointRounding.AwayFromZero) : value;

    private ColumnList<T> Add(string name, FieldType type, IReadOnlyList<string> allowed, Func<T, object?> value)
    {
        _columns.Add(new DataColumn<T>(new DataField(name, type, allowed), value));
        return this;
    }
}
