namespace Portal.OpenData;

/// <summary>A column whose values are the ids of another table, as Table Schema's foreignKeys states it.</summary>
internal sealed record ForeignKey(string Field, string Resource, string ReferenceField);
