namespace Portal.BrowserTests.Hostile;

/// <summary>
/// Cross-site scripting vectors in the spirit of the OWASP XSS filter evasion cheat sheet, written for these
/// tests: each would run script, load something, or break out of its context if it reached a page unescaped.
/// Each carries a number, so a dialog it opened would say which one got through.
/// </summary>
internal static class XssVectors
{
    public static readonly IReadOnlyList<string> All =
    [
        "<script>alert('xss-0')</script>",
        "\"><img src=x onerror=alert('xss-1')>",
        "'><svg onload=alert('xss-2')>",
        "</title><script>alert('xss-3')</script>",
        "<iframe src=\"javascript:alert('xss-4')\"></iframe>",
        "<a href=\"javascript:alert('xss-5')\">click</a>",
        "</script><script>alert('xss-6')</script>",
        "{{ 'xss-7' | string.upcase }}",
        "<body onload=alert('xss-8')>",
        "<div style=\"background:url(javascript:alert('xss-9'))\">",
        "\u2028\u2029</script><script>alert('xss-10')</script>",
        "<object data=\"data:text/html,<script>alert('xss-11')</script>\"></object>",
        "&lt;b&gt;already-escaped xss-12&lt;/b&gt;",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert('xss-13')>",
        "\" autofocus onfocus=alert('xss-14') x=\"",
        "<details open ontoggle=alert('xss-15')>",
    ];

    /// <summary>Markdown that tries raw HTML, script links of every syntax (autolinks, references, entities) and image handlers.</summary>
    public static string Markdown(int seed) => $"""
        Text with {All[seed % All.Count]} inside.

        <script>alert('xss-md-{seed}')</script>

        [a link](javascript:alert('xss-md-link-{seed}')) and [another](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)

        ![image](x" onerror="alert('xss-md-img-{seed}'))

        <img src=x onerror=alert('xss-md-raw-{seed}')>

        <javascript:alert('xss-md-autolink-{seed}')> <JAVASCRIPT:alert('xss-md-autolink-upper-{seed}')> <vbscript:msgbox('xss-md-vb-{seed}')> <file:///etc/passwd>

        [reference][evil-{seed}] [entity](&#106;avascript:alert('xss-md-entity-{seed}')) [tab](jav&#x09;ascript:alert('xss-md-tab-{seed}'))

        [evil-{seed}]: javascript:alert('xss-md-reference-{seed}')
        """;

    /// <summary>An address that passes as http but carries a breakout attempt in its query.</summary>
    public static string Url(int seed) => $"https://example.org/?q=\"><script>alert('xss-url-{seed}')</script>";
}
