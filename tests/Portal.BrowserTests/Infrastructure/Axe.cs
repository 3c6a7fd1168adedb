using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>Runs axe-core on a page with the WCAG 2.0 and 2.1 level A and AA rules, and describes what it finds.</summary>
internal static class Axe
{
    public static readonly IReadOnlyList<string> Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly AxeRunOptions Options = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] },
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>One line for each element that breaks a rule: where, which rule, and why.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string where)
    {
        var result = await page.RunAxe(Options);
        return [.. result.Violations.SelectMany(violation => violation.Nodes.Select(node =>
            $"{where}: {violation.Id} ({violation.Impact}) {violation.Help} at {node.Target}: {node.Html} {Why(node)}"))];
    }

    /// <summary>The messages of the checks that failed, as axe's own failure summary words them.</summary>
    private static string Why(AxeResultNode node) =>
        string.Join("; ", new[] { node.Any, node.All, node.None }
            .Where(checks => checks is not null)
            .SelectMany(checks => checks!)
            .Select(check => check.Message)
            .Where(message => !string.IsNullOrEmpty(message)));
}
