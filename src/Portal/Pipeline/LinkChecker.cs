using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Portal.Domain.Diagnostics;
using Portal.Rendering;

namespace Portal.Pipeline;

/// <summary>
/// Checks that every internal link and anchor in the output resolves, as a browser resolves it once the site is
/// deployed under its base path. Pages are read as they are rendered, so the check costs no second pass over the
/// files; each distinct link is resolved once for all the pages where it means the same, and a link to an anchor
/// on its own page is resolved on the spot.
/// </summary>
internal sealed partial class LinkChecker(string basePath, string pagesFolder, string outputFolder)
{
    private readonly LinkResolver _resolver = new(basePath);
    private readonly ConcurrentDictionary<string, AnchorSet> _anchors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<LinkTarget, LinkSource> _targets = new();
    private readonly ConcurrentDictionary<string, LinkSource> _problems = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _files = new(StringComparer.Ordinal);

    /// <summary>Links from the root and absolute URLs read the same on every page; each is resolved once.</summary>
    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);

    /// <summary>Relative links, by the folder (or the page) they are resolved against; each pair is resolved once.</summary>
    private readonly ConcurrentDictionary<(string From, string Href), byte> _seenFrom = new();

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
        Uri? page = null;
        foreach (var match in Href().EnumerateMatches(html))
        {
            var value = Value(html, match, HrefPrefix);
            if ((value.StartsWith('#') && anchors.Contains(Decode(value[1..]))) || !FirstSeen(value, sitePath))
            {
                continue;
            }

            var href = Decode(value);
            var source = new LinkSource(sitePath, href, match.Index);
            page ??= _resolver.PageUrl(sitePath);
            var resolved = _resolver.Resolve(page, href);
            if (resolved.Target is { } target)
            {
                _targets.TryAdd(target, source);
            }
            else if (resolved.Problem is { } problem)
            {
                _problems.TryAdd(problem, source);
            }
        }
    }

    /// <summary>Whether no page has made this link where it means the same: only then is it resolved.</summary>
    private bool FirstSeen(ReadOnlySpan<char> href, string sitePath) => LinkResolver.ScopeOf(href) switch
    {
        LinkScope.Site => _seen.GetAlternateLookup<ReadOnlySpan<char>>().TryAdd(href, 0),
        LinkScope.Folder => _seenFrom.TryAdd((sitePath[..(sitePath.LastIndexOf('/') + 1)], href.ToString()), 0),
        _ => _seenFrom.TryAdd((sitePath, href.ToString()), 0),
    };

    /// <summary>The quoted value of a matched attribute: after its leading space, name and opening quote, before the closing quote.</summary>
    private static ReadOnlySpan<char> Value(string html, ValueMatch match, int prefix) => html.AsSpan(match.Index + prefix, match.Length - prefix - 1);

    private static string Decode(ReadOnlySpan<char> value) => value.Contains('&') ? WebUtility.HtmlDecode(value.ToString()) : value.ToString();

    /// <summary>A file the build writes without rendering it, such as a stylesheet.</summary>
    public void AddFile(string sitePath) => _files[sitePath] = 0;

    public void RemoveFile(string sitePath) => _files.TryRemove(sitePath, out _);

    public void Check(DiagnosticBag diagnostics)
    {
        var broken = _targets.Select(t => (Source: t.Value, Problem: Problem(t.Key))).Concat(_problems.Select(p => (Source: p.Value, Problem: (string?)p.Key)));
        foreach (var (source, problem) in broken.OrderBy(b => b.Source.Page, StringComparer.Ordinal).ThenBy(b => b.Source.Offset))
        {
            if (problem is not null)
            {
                diagnostics.Error(Locate(source), $"broken link '{source.Href}' on {source.Page}: {problem}");
            }
        }
    }

    private string? Problem(LinkTarget target)
    {
        if (_anchors.TryGetValue(target.Path, out var anchors))
        {
            return target.Fragment is null or "" || anchors.Contains(target.Fragment) ? null : $"{target.Path} has no anchor '{target.Fragment}'";
        }

        return _files.ContainsKey(target.Path) ? null : $"no page or file at {target.Path}";
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
        return new SourceLocation(TextFiles.DisplayPath.Of(Path.Combine(outputFolder, file)), line, column + 1);
    }

    private sealed record LinkSource(string Page, string Href, int Offset);
}
