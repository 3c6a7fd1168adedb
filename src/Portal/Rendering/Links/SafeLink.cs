namespace Portal.Rendering.Links;

/// <summary>
/// The one allow-list every link the site writes goes through, from Markdown of every syntax and from data: http,
/// https, mailto and relative addresses. Anything else (<c>javascript:</c>, <c>vbscript:</c>, <c>data:</c>,
/// <c>file:</c>, a scheme a browser would still read through entities, tabs or control characters) is refused.
/// </summary>
public static class SafeLink
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    /// <summary>
    /// A browser drops tabs and line breaks anywhere in a URL and control characters and spaces around it before it
    /// reads the scheme, so <c>jav&#x09;ascript:</c> is <c>javascript:</c>. Removing every one of them first reads the
    /// scheme at least as the browser would; a colon after a slash, question mark or hash belongs to a relative path.
    /// </summary>
    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        var compact = new string([.. url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
        var colon = compact.IndexOf(':');
        var pathStart = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (pathStart >= 0 && pathStart < colon))
        {
            return true;
        }

        return AllowedSchemes.Contains(compact[..colon], StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The address when it is allowed, else nothing: a view then shows no link at all.</summary>
    public static string? OrNothing(string? url) => IsAllowed(url) ? url : null;
}
