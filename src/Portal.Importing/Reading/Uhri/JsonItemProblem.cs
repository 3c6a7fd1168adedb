namespace Portal.Importing.Reading.Uhri;

/// <summary>Thrown while one annotation of a JSON export is read, when a value in it cannot be imported; the reader reports it at the annotation and reads on.</summary>
internal sealed class JsonItemProblem(string message) : Exception(message);
