namespace Portal.TextFiles.Encodings;

/// <summary>The text of an export file, the encoding it was read in, and how that encoding was chosen, for the report.</summary>
internal sealed record DecodedText(string Text, string EncodingName, string How);
