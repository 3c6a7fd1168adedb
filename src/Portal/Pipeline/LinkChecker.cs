using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Portal.Domain.Diagnostics;
using Portal.Rendering;

namespace Portal.Pipeline;

/// <summary>
/// Checks that every internal link and anchor in the output resolves. Pages are read as they are rendered,
/// so the check costs no second pass over the files; each distinct target is resolved once.
/// </summary>
internal sealed partial class LinkChecker(string basePath, StagedOutput staging, string outputFolder)
{
    private readonly ConcurrentDictionary<string, HashSet<string>> _anchors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LinkSource> _targets = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _files = [];

    /// <summary>Records a rendered page: the anchors it offers and the internal links it makes.</summary>
    public void AddPage(string sitePath, string html)
    {
        _anchors[sitePath] = [.. Id().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];
        foreach (Match match in Href().Matches(html))
        {
            var href = WebUtility.HtmlDecode(match.Groups[1].Value);
            if (ToSitePath(href, sitePath) is { } target)
            {
                _targets.TryAdd(target, new LinkSource(sitePath, href, match.Index));
            }
        }
    }

    /// <summary>A file the build writes without rendering it, such as a stylesheet.</summary>
    public void AddFile(string sitePath) => _files.Add(sitePath);

    public void Check(DiagnosticBag diagnostics)
    {
        var files = _files.ToHashSet(StringComparer.Ordinal);
        foreach (var (target, source) in _targets.OrderBy(t => t.Value.Page, StringComparer.Ordinal).ThenBy(t => t.Key, StringComparer.Ordinal))
        {
            if (Problem(target, files) is { } problem)
            {
                diagnostics.Error(Locate(source), $"broken link '{source.Href}' on {source.Page}: {problem}");
            }
        }
    }

    private string? Problem(string target, HashSet<string> files)
    {
        var hash = target.IndexOf('#');
        var path = hash < 0 ? target : target[..hash];
        var fragment = hash < 0 ? null : target[(hash + 1)..];
        if (_anchors.TryGetValue(path, out var anchors))
        {
            return fragment is null or "" || anchors.Contains(fragment) ? null : $"{path} has no anchor '{fragment}'";
        }

        return files.Contains(path) ? null : $"no page or file at {path}";
    }

    /// <summary>The site path a link points to, or null for links that leave the site.</summary>
    private string? ToSitePath(string href, string page)
    {
        if (href.StartsWith('#'))
        {
            return page + href;
        }

        if (!href.StartsWith(basePath, StringComparison.Ordinal) || href.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var withoutQuery = href.Split('?')[0];
        var sitePath = "/" + withoutQuery[basePath.Length..];
        return sitePath.EndsWith("/index.html", StringComparison.Ordinal) ? sitePath[..^"index.html".Length] : sitePath;
    }

    [GeneratedRegex("""\sid="([^"]*)""")]
    private static partial Regex Id();

    [GeneratedRegex("""\shref="([^"]*)""")]
    private static partial Regex Href();

    /// <summary>Where a link stands in its page, read back from the staged file: only broken links need it.</summary>
    private SourceLocation Locate(LinkSource source)
    {
        var file = SitePaths.FileOf(source.Page);
        var html = File.ReadAllText(staging.PathOf(file));
        var before = html.AsSpan(0, Math.Min(source.Offset, html.Length));
        var line = before.Count('\n') + 1;
        var column = before.Length - before.LastIndexOf('\n');
        return new SourceLocation(Loading.DisplayPath.Of(Path.Combine(outputFolder, file)), line, column + 1);
    }

    private sealed record LinkSource(string Page, string Href, int Offset);
}
