namespace Portal.TextFiles.Encodings;

/// <summary>A language, the region whose code page writes it, and its small letters beyond ASCII.</summary>
internal sealed record LanguageAlphabet(string Language, string Region, string Letters);
