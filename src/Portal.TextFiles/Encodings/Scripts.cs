namespace Portal.TextFiles.Encodings;

/// <summary>Which script a letter belongs to, by its Unicode block.</summary>
internal static class Scripts
{
    public static Script Of(char letter) => letter switch
    {
        < '\u0250' or (>= '\u1E00' and <= '\u1EFF') => Script.Latin,
        >= '\u0370' and <= '\u03FF' => Script.Greek,
        >= '\u0400' and <= '\u052F' => Script.Cyrillic,
        (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF') => Script.Arabic,
        _ => Script.Other,
    };
}
