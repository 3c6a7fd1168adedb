namespace Portal.TextFiles.Encodings;

/// <summary>
/// What <see cref="LegacyEncodingGuesser"/> concluded: the reading to use and why, or, when no single reading
/// stands out, the rival readings, best first, for an error that shows them.
/// </summary>
internal sealed record LegacyGuess(CodePageReading? Chosen, string Why, IReadOnlyList<CodePageReading> Rivals);
