using Portal.Domain.Diagnostics;
using Portal.Loading;
using Scriban;
using Scriban.Parsing;

namespace Portal.Rendering.Theme;

/// <summary>
/// A theme: Scriban layouts and partials, parsed once per build; UI strings; static assets.
/// <code>
/// theme/layouts/*.html   one per page type, plus base.html around them all
/// theme/partials/*.html  pieces layouts share
/// theme/assets/**        copied to /assets/
/// theme/i18n/&lt;lang&gt;.yml  UI text
/// </code>
/// </summary>
public sealed class ThemeFolder
{
    private readonly Dictionary<string, Template> _layouts;
    private readonly Dictionary<string, Template> _partials;

    private ThemeFolder(string root, Dictionary<string, Template> layouts, Dictionary<string, Template> partials, UiStrings strings)
    {
        Root = root;
        _layouts = layouts;
        _partials = partials;
        Strings = strings;
    }

    public string Root { get; }

    public string AssetsFolder => Path.Combine(Root, "assets");

    public UiStrings Strings { get; }

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

        var stringsPath = Path.Combine(root, "i18n", $"{language}.yml");
        var strings = File.Exists(stringsPath)
            ? UiStrings.Parse(DisplayPath.Of(stringsPath), File.ReadAllText(stringsPath), diagnostics)
            : MissingStrings(stringsPath, diagnostics);
        return new ThemeFolder(
            root,
            ParseAll(Path.Combine(root, "layouts"), diagnostics),
            ParseAll(Path.Combine(root, "partials"), diagnostics),
            strings);
    }

    private static UiStrings MissingStrings(string path, DiagnosticBag diagnostics)
    {
        diagnostics.Error(SourceLocation.OfFile(DisplayPath.Of(path)), "the theme has no UI strings for this language");
        return new UiStrings(DisplayPath.Of(path), new Dictionary<string, string>());
    }

    private static Dictionary<string, Template> ParseAll(string folder, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return templates;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.html").Order(StringComparer.Ordinal))
        {
            var display = DisplayPath.Of(file);
            var template = Template.Parse(File.ReadAllText(file), display);
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            {
                diagnostics.Error(new SourceLocation(display, message.Span.Start.Line + 1, message.Span.Start.Column + 1), message.Message);
            }

            templates[Path.GetFileNameWithoutExtension(file)] = template;
        }

        return templates;
    }
}
