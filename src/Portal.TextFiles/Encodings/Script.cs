namespace Portal.TextFiles.Encodings;

/// <summary>The writing systems of the code pages' languages. A word is written in one of them.</summary>
internal enum Script
{
    Latin,
    Greek,
    Cyrillic,
    Arabic,
    Other,
}
