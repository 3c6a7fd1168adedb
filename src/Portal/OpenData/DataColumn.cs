namespace Portal.OpenData;

/// <summary>A published column of records of type <typeparamref name="T"/>: its field and how to read its value from a record.</summary>
internal sealed record DataColumn<T>(DataField Field, Func<T, object?> Value);
