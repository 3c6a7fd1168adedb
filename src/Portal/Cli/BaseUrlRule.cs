namespace Portal.Cli;

/// <summary>
/// What <c>--base-url</c> may be. Every link and asset of the site starts with it, so it may only be a path on the
/// site's own host (one leading slash: two would name another host) or an http or https address with a host.
/// Anything a browser might read another way is refused: backslashes, which browsers take for slashes; spaces and
/// control characters, which they strip; a query or fragment, which would swallow the rest of every link.
/// </summary>
internal static class BaseUrlRule
{
    private const string Expected = "a path that starts with a single '/' (such as /portal/) or an http:// or https:// address with a host (such as https://example.org/portal/)";

    /// <summary>Why the value cannot be the base URL, or null when it can.</summary>
    public static string? Problem(string baseUrl)
    {
        if (baseUrl.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is '\\' or '?' or '#'))
        {
            return $"--base-url {Quoted(baseUrl)} holds a space, a control character, a backslash, '?' or '#'; it must be {Expected}";
        }

        if (IsSitePath(baseUrl) || IsHttpAddress(baseUrl))
        {
            return null;
        }

        return $"--base-url {Quoted(baseUrl)} must be {Expected}";
    }

    private static bool IsSitePath(string value) => value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal);

    private static bool IsHttpAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && value.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase)
        && uri.Host.Length > 0
        && uri.UserInfo.Length == 0;

    /// <summary>The value as it can be printed: control characters spelled out, not sent to the terminal.</summary>
    private static string Quoted(string value) =>
        "'" + string.Concat(value.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString())) + "'";
}
