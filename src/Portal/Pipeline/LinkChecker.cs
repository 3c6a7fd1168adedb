using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Portal.Domain.Diagnostics;
using Portal.Rendering;

namespace Portal.Pipeline;

/// <summary>
/// Checks that every internal link and anchor in the output resolves. Pages are read as they are rendered,
/// so the check costs no second pass over the files; each distinct target is resolved once, and a link to an
/// anchor on its own page is resolved on the spot.
/// </summary>
internal sealed partial class LinkChecker(string basePath, string pagesFolder, string outputFolder)
{
    private readonly ConcurrentDictionary<string, AnchorSet> _anchors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LinkSource> _targets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _files = new(StringComparer.Ordinal);

    /// <summary>Links outside a page's own anchors read the same on every page; each is resolved once.</summary>
    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);

    private LinkChecker(string basePath, string outputFolder, ConcurrentDictionary<string, AnchorSet> anchors, ConcurrentDictionary<string, byte> files)
        : this(basePath, outputFolder, outputFolder)
    {
        _anchors = anchors;
        _files = files;
    }

    /// <summary>
    /// A checker for a rebuild in place: it takes over every page and file built so far, and checks the links of
    /// the pages rendered again. A page that linked to a removed page showed it, so it is among those rendered
    /// again. This checker shares what it knows with the new one and must not be used after.
    /// </summary>
    public LinkChecker ForRebuild() => new(basePath, outputFolder, _anchors, _files);

    public void RemovePage(string sitePath) => _anchors.TryRemove(sitePath, out _);

    /// <summary>Records a rendered page: the anchors it offers and the internal links it makes.</summary>
    public void AddPage(string sitePath, string html)
    {
        var ids = new List<string>();
        foreach (var match in Id().EnumerateMatches(html))
        {
            ids.Add(Decode(Value(html, match, IdPrefix)));
        }

        var anchors = AnchorSet.Of(ids);
        _anchors[sitePath] = anchors;
        var seen = _seen.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var match in Href().EnumerateMatches(html))
        {
            var value = Value(html, match, HrefPrefix);
            if (value.StartsWith('#') ? anchors.Contains(Decode(value[1..])) : !seen.TryAdd(value, 0))
            {
                continue;
            }

            var href = Decode(value);
            if (ToSitePath(href, sitePath) is { } target)
            {
                _targets.TryAdd(target, new LinkSource(sitePath, href, match.Index));
            }
        }
    }

    /// <summary>The quoted value of a matched attribute: after its leading space, name and opening quote, before the closing quote.</summary>
    private static ReadOnlySpan<char> Value(string html, ValueMatch match, int prefix) => html.AsSpan(match.Index + prefix, match.Length - prefix - 1);

    private static string Decode(ReadOnlySpan<char> value) => value.Contains('&') ? WebUtility.HtmlDecode(value.ToString()) : value.ToString();

    /// <summary>A file the build writes without rendering it, such as a stylesheet.</summary>
    public void AddFile(string sitePath) => _files[sitePath] = 0;

    public void Check(DiagnosticBag diagnostics)
    {
        foreach (var (target, source) in _targets.OrderBy(t => t.Value.Page, StringComparer.Ordinal).ThenBy(t => t.Key, StringComparer.Ordinal))
        {
            if (Problem(target) is { } problem)
            {
                diagnostics.Error(Locate(source), $"broken link '{source.Href}' on {source.Page}: {problem}");
            }
        }
    }

    private string? Problem(string target)
    {
        var hash = target.IndexOf('#');
        var path = hash < 0 ? target : target[..hash];
        var fragment = hash < 0 ? null : target[(hash + 1)..];
        if (_anchors.TryGetValue(path, out var anchors))
        {
            return fragment is null or "" || anchors.Contains(fragment) ? null : $"{path} has no anchor '{fragment}'";
        }

        return _files.ContainsKey(path) ? null : $"no page or file at {path}";
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

    private const int IdPrefix = 5;
    private const int HrefPrefix = 7;

    [GeneratedRegex("\\sid=\"[^\"]*\"")]
    private static partial Regex Id();

    [GeneratedRegex("\\shref=\"[^\"]*\"")]
    private static partial Regex Href();

    /// <summary>Where a link stands in its page, read back from the staged file: only broken links need it.</summary>
    private SourceLocation Locate(LinkSource source)
    {
        var file = SitePaths.FileOf(source.Page);
        var html = File.ReadAllText(Path.Combine(pagesFolder, file));
        var before = html.AsSpan(0, Math.Min(source.Offset, html.Length));
        var line = before.Count('\n') + 1;
        var column = before.Length - before.LastIndexOf('\n');
        return new SourceLocation(Loading.DisplayPath.Of(Path.Combine(outputFolder, file)), line, column + 1);
    }

    private sealed record LinkSource(string Page, string Href, int Offset);
}
