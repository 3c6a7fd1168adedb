using Portal.Serving;

namespace Portal.Rendering;

/// <summary>
/// The Content-Security-Policy every page carries in a meta element, so that a host which sends no headers still
/// runs no script but the theme's: the policy <see cref="SecurityHeaders"/> sends, less the directives browsers
/// ignore in a meta element (framing, reporting and sandboxing can only be sent as a header).
/// </summary>
public static class PageSecurityPolicy
{
    private static readonly string[] HeaderOnlyDirectives = ["frame-ancestors", "report-uri", "sandbox"];

    public static string ContentSecurityPolicy { get; } = string.Join("; ",
        SecurityHeaders.ContentSecurityPolicy
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(directive => !HeaderOnlyDirectives.Contains(directive.Split(' ')[0], StringComparer.OrdinalIgnoreCase)));
}
