namespace Portal.Pipeline;

/// <summary>
/// Resolves a link as a browser does once the site is deployed: against the address of the page that makes it,
/// under the base path, with System.Uri doing the resolving. Links to another scheme or host leave the site.
/// </summary>
internal sealed class LinkResolver(string basePath)
{
    /// <summary>Stands in for the host the site is deployed on: .invalid is reserved (RFC 2606), so no link can mean a real site.</summary>
    private static readonly Uri Site = new("https://site.invalid/");

    /// <summary>The address of a page once deployed, such as https://site.invalid/portal/cities/x/ for /cities/x/.</summary>
    public Uri PageUrl(string sitePath) => new(Site, Uri.EscapeDataString(basePath + sitePath.TrimStart('/')).Replace("%2F", "/", StringComparison.Ordinal));

    public LinkResolution Resolve(Uri page, string href)
    {
        var link = AsBrowserReadsIt(href);
        var scheme = SchemeOf(link);
        if (!scheme.IsEmpty && !IsWeb(scheme))
        {
            // Browsers never resolve mailto:, tel: and the like against the page; System.Uri reads some ("a:") as paths.
            return LinkResolution.LeavesTheSite;
        }

        if (!Uri.TryCreate(page, link, out var url))
        {
            // A link to another site is not checked, even one that System.Uri cannot read.
            return scheme.IsEmpty && !link.StartsWith("//", StringComparison.Ordinal)
                ? LinkResolution.Broken("cannot be read as a URL")
                : LinkResolution.LeavesTheSite;
        }

        if (url.Scheme != Site.Scheme || url.Authority != Site.Authority)
        {
            return LinkResolution.LeavesTheSite;
        }

        var path = Uri.UnescapeDataString(url.AbsolutePath);
        var fragment = url.Fragment.Length > 1 ? Uri.UnescapeDataString(url.Fragment[1..]) : null;
        if (path + "/" == basePath)
        {
            return LinkResolution.To("/", fragment);
        }

        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            return LinkResolution.Broken($"{path} is outside the base path {basePath}; links must be under the base path");
        }

        var sitePath = "/" + path[basePath.Length..];
        return LinkResolution.To(sitePath.EndsWith("/index.html", StringComparison.Ordinal) ? sitePath[..^"index.html".Length] : sitePath, fragment);
    }

    /// <summary>What a link's meaning depends on, read from the link as written.</summary>
    public static LinkScope ScopeOf(ReadOnlySpan<char> href)
    {
        var link = href.Trim(LeadingAndTrailing);
        if (link.IsEmpty || link[0] is '#' or '?' or '&')
        {
            // An ampersand may start an entity that decodes to anything: the narrowest scope is always right.
            return LinkScope.Page;
        }

        return link[0] == '/' || IsAbsolute(link) ? LinkScope.Site : LinkScope.Folder;
    }

    /// <summary>
    /// A link with a scheme, other than http: or https: without "//", which browsers resolve against the page
    /// when the page has the same scheme.
    /// </summary>
    private static bool IsAbsolute(ReadOnlySpan<char> link)
    {
        var scheme = SchemeOf(link);
        return !scheme.IsEmpty && (!IsWeb(scheme) || link[(scheme.Length + 1)..].StartsWith("//", StringComparison.Ordinal));
    }

    private static bool IsWeb(ReadOnlySpan<char> scheme) =>
        scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase);

    /// <summary>The scheme a link starts with, as RFC 3986 spells one (a letter, then letters, digits, + - or ., then a colon), or nothing.</summary>
    private static ReadOnlySpan<char> SchemeOf(ReadOnlySpan<char> link)
    {
        var colon = link.IndexOf(':');
        return colon >= 1 && char.IsAsciiLetter(link[0]) && !link[..colon].ContainsAnyExcept(SchemeCharacters) ? link[..colon] : [];
    }

    /// <summary>The URL standard removes C0 controls and spaces around a URL, and tabs and line breaks within it, before parsing it.</summary>
    private static string AsBrowserReadsIt(string href)
    {
        var link = href.AsSpan().Trim(LeadingAndTrailing);
        return link.ContainsAny(Removed) ? string.Concat(link.ToString().Split(Removed)) : link.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> SchemeCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.");

    private static readonly char[] Removed = ['\t', '\n', '\r'];

    private static readonly string LeadingAndTrailing = string.Concat(Enumerable.Range(0, 0x21).Select(c => (char)c));
}
