namespace Portal.Rendering.Templates;

/// <summary>
/// Keeps text from the data from reordering what surrounds it. A name may be written right to left, or hold an
/// override such as U+202E that would otherwise reverse the rest of its line (the title, a breadcrumb, a heading).
/// </summary>
public static class BidiIsolation
{
    public const char FirstStrongIsolate = '\u2068';
    public const char PopDirectionalIsolate = '\u2069';

    /// <summary>For element content: a bdi element, which isolates without adding characters to copied text.</summary>
    public static RawHtml Element(string? text) =>
        string.IsNullOrEmpty(text) ? RawHtml.Empty : new RawHtml("<bdi>" + Html.Escape(text) + "</bdi>");

    /// <summary>For where no element can go (the title, an attribute, a sentence of UI text): the isolate characters.</summary>
    public static string Characters(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : FirstStrongIsolate + text + PopDirectionalIsolate;
}
