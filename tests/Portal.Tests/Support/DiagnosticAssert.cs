using Portal.Domain.Diagnostics;

namespace Portal.Tests.Support;

internal static class DiagnosticAssert
{
    /// <summary>
    /// Asserts that exactly one diagnostic was reported, that it prints as <c>file:line:column: severity</c>
    /// (for example <c>data/test.csv:2:5: error</c>) and that its message mentions <paramref name="fragment"/>.
    /// </summary>
    public static Diagnostic Single(DiagnosticBag diagnostics, string expected, string fragment)
    {
        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.StartsWith(expected + ": ", diagnostic.ToString(), StringComparison.Ordinal);
        Assert.Contains(fragment, diagnostic.Message, StringComparison.Ordinal);
        return diagnostic;
    }
}
