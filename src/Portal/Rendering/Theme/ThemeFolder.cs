using Portal.Domain.Diagnostics;
using Portal.Loading.Files;
using Portal.Loading;
using Portal.TextFiles;
using Scriban.Parsing;
using Scriban;

namespace Portal.Rendering.Theme;

/// <summary>
/// A theme: Scriban layouts and partials, parsed once per build; UI strings; static assets.
/// <code>
/// theme/layouts/*.html   one per page type, plus base.html around them all
/// theme/partials/*.html  pieces layouts share
/// theme/assets/**        copied to /assets/
/// theme/i18n/&lt;lang&gt;.yml  UI text
/// </code>
/// Every file is read through <see cref="SourceFolder"/>: a link, pipe or device in the theme is an error, and
/// the assets to copy are listed when the theme is loaded, so that <c>validate</c> reports them as well.
/// </summary>
public sealed class ThemeFolder
{
    private readonly Dictionary<string, Template> _layouts;
    private readonly Dictionary<string, Template> _partials;

    private ThemeFolder(string root, Dictionary<string, Template> layouts, Dictionary<string, Template> partials, UiStrings strings, IReadOnlyList<string> assets)
    {
        Root = root;
        _layouts = layouts;
        _partials = partials;
        Strings = strings;
        Assets = assets;
    }

    public string Root { get; }

    public string AssetsFolder => Path.Combine(Root, "assets");

    public UiStrings Strings { get; }

    /// <summary>The paths of the regular files under the assets folder, in ordinal order.</summary>
    public IReadOnlyList<string> Assets { get; }

    public string LayoutsFolder => Path.Combine(Root, "layouts");

    public bool HasLayout(string name) => _layouts.ContainsKey(name);

    public bool HasPartial(string name) => _partials.ContainsKey(name);

    public IReadOnlyDictionary<string, Template> Partials => _partials;

    public Template Layout(string name) =>
        _layouts.TryGetValue(name, out var template) ? template : throw new InvalidOperationException($"the theme has no layout '{name}.html'");

    public Template Partial(string name) =>
        _partials.TryGetValue(name, out var template) ? template : throw new InvalidOperationException($"the theme has no partial '{name}.html'");

    public static ThemeFolder Load(string root, string language, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(root))
        {
            diagnostics.Error(SourceLocation.OfFile(DisplayPath.Of(root)), "the theme folder does not exist");
        }

        var folder = new SourceFolder(root, diagnostics);
        var stringsPath = Path.Combine(root, "i18n", $"{language}.yml");
        var strings = folder.Find(Path.Combine(root, "i18n"), $"{language}.yml") switch
        {
            (null, false) => MissingStrings(stringsPath, diagnostics),
            (null, true) => new UiStrings(DisplayPath.Of(stringsPath), new Dictionary<string, string>()),
            var (path, _) => UiStrings.Parse(DisplayPath.Of(stringsPath), folder.ReadText(path) ?? string.Empty, diagnostics),
        };
        return new ThemeFolder(
            root,
            ParseAll(folder, Path.Combine(root, "layouts"), diagnostics),
            ParseAll(folder, Path.Combine(root, "partials"), diagnostics),
            strings,
            folder.Files(Path.Combine(root, "assets"), "*", recursive: true));
    }

    private static UiStrings MissingStrings(string path, DiagnosticBag diagnostics)
    {
        diagnostics.Error(SourceLocation.OfFile(DisplayPath.Of(path)), "the theme has no UI strings for this language");
        return new UiStrings(DisplayPath.Of(path), new Dictionary<string, string>());
    }

    private static Dictionary<string, Template> ParseAll(SourceFolder theme, string folder, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var file in theme.Files(folder, "*.html", recursive: false))
        {
            var display = DisplayPath.Of(file);
            if (theme.ReadText(file) is not { } text)
            {
                continue;
            }

            var template = Template.Parse(text, display);
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            {
                diagnostics.Error(new SourceLocation(display, message.Span.Start.Line + 1, message.Span.Start.Column + 1), message.Message);
            }

            templates[Path.GetFileNameWithoutExtension(file)] = template;
        }

        return templates;
    }
}
