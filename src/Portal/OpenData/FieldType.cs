namespace Portal.OpenData;

/// <summary>What a published column holds. Each kind has one spelling in CSV, one in JSON and one Table Schema type.</summary>
internal enum FieldType
{
    Text,
    /// <summary>A word from a closed vocabulary, such as a status.</summary>
    Word,
    Integer,
    Number,
    Boolean,
    /// <summary>An ISO 8601 date that may stop at the year or the month, as the data contract allows.</summary>
    Date,
    /// <summary>Several values: an array in JSON, joined with semicolons in CSV as in the data contract.</summary>
    List,
}
