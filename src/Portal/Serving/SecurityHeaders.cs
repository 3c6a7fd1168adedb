namespace Portal.Serving;

/// <summary>
/// The response headers the published site needs: a Content-Security-Policy that allows no inline script and
/// no other origin, and the usual hardening headers. <c>serve</c> sends them; netlify.toml must set the same
/// (a test compares the two).
/// </summary>
public static class SecurityHeaders
{
    /// <summary>'wasm-unsafe-eval' lets the search index's WebAssembly run; it permits no JavaScript eval.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IReadOnlyList<KeyValuePair<string, string>> All { get; } =
    [
        new("Content-Security-Policy", ContentSecurityPolicy),
        new("X-Content-Type-Options", "nosniff"),
        new("Referrer-Policy", "strict-origin-when-cross-origin"),
        new("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
        new("X-Frame-Options", "DENY"),
    ];
}
