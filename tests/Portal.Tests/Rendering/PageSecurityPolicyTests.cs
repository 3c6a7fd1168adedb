using System.Text.RegularExpressions;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Rendering;

/// <summary>
/// Every page carries the Content-Security-Policy in a meta element, so a host that sends no headers still keeps
/// script out: the policy netlify.toml and serve send, less what a meta element cannot carry.
/// </summary>
public sealed partial class PageSecurityPolicyTests(BuiltSample sample) : IClassFixture<BuiltSample>
{
    private static readonly string[] HeaderOnlyDirectives = ["frame-ancestors", "report-uri", "sandbox"];

    [Fact]
    public void Should_Give_Every_Page_The_Policy_Netlify_Sends_Less_The_Directives_A_Meta_Cannot_Carry()
    {
        var expected = Directives(NetlifyPolicy()).Where(d => !HeaderOnlyDirectives.Contains(d.Split(' ')[0])).ToList();
        var pages = Directory.GetFiles(sample.Output, "*.html", SearchOption.AllDirectories);

        Assert.True(pages.Length > 100);
        foreach (var page in pages)
        {
            var meta = PolicyMeta().Match(File.ReadAllText(page));
            Assert.True(meta.Success, $"{page} has no Content-Security-Policy meta element early in its head");
            Assert.Equal(expected, Directives(System.Net.WebUtility.HtmlDecode(meta.Groups["policy"].Value)));
        }
    }

    [Fact]
    public void Should_Leave_Out_Only_What_A_Meta_Element_Cannot_Carry()
    {
        var meta = Directives(Portal.Rendering.PageSecurityPolicy.ContentSecurityPolicy);

        Assert.Contains("frame-ancestors 'none'", Directives(Portal.Serving.SecurityHeaders.ContentSecurityPolicy));
        Assert.DoesNotContain(meta, d => HeaderOnlyDirectives.Contains(d.Split(' ')[0]));
        Assert.Contains("script-src 'self' 'wasm-unsafe-eval'", meta);
    }

    private static List<string> Directives(string policy) =>
        [.. policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static string NetlifyPolicy() =>
        NetlifyHeader().Match(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "netlify.toml"))).Groups["policy"].Value;

    [GeneratedRegex("""^\s+Content-Security-Policy = "(?<policy>[^"]*)"$""", RegexOptions.Multiline)]
    private static partial Regex NetlifyHeader();

    /// <summary>The meta must come before anything that loads: right after the charset, first in the head.</summary>
    [GeneratedRegex("""^<!doctype html>\s*<html[^>]*>\s*<head>\s*<meta charset="utf-8">\s*<meta http-equiv="Content-Security-Policy" content="(?<policy>[^"]*)">""")]
    private static partial Regex PolicyMeta();
}
