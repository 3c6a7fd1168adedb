using System.Globalization;
using Portal.Domain.Diagnostics;
using Portal.Loading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Portal.Rendering.Theme;

/// <summary>
/// The theme's UI text in one language (theme/i18n/&lt;lang&gt;.yml), nested YAML flattened to dotted keys:
/// <c>status: { achieved: Achieved }</c> is <c>status.achieved</c>. No UI text lives in code or templates.
/// Anchors and aliases are refused, as in every YAML file the build reads.
/// </summary>
public sealed class UiStrings
{
    private readonly IReadOnlyDictionary<string, string> _strings;

    public UiStrings(string file, IReadOnlyDictionary<string, string> strings)
    {
        File = file;
        _strings = strings;
    }

    /// <summary>The language file, as diagnostics show it.</summary>
    public string File { get; }

    public string this[string key] =>
        _strings.TryGetValue(key, out var value) ? value : throw new MissingUiStringException(key);

    public bool Has(string key) => _strings.ContainsKey(key);

    public string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, this[key], args);

    public static UiStrings Parse(string path, string yaml, DiagnosticBag diagnostics)
    {
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!YamlAnchors.Check(path, yaml, firstLine: 1, diagnostics))
        {
            return new UiStrings(path, strings);
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count > 0)
            {
                Flatten(string.Empty, stream.Documents[0].RootNode, strings);
            }
        }
        catch (YamlException e)
        {
            diagnostics.Error(new SourceLocation(path, (int)e.Start.Line, (int)e.Start.Column), $"not valid YAML: {e.Message}");
        }

        return new UiStrings(path, strings);
    }

    private static void Flatten(string prefix, YamlNode node, Dictionary<string, string> strings)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    Flatten(prefix.Length == 0 ? key.ToString() : $"{prefix}.{key}", value, strings);
                }

                break;
            case YamlScalarNode scalar:
                strings[prefix] = scalar.Value ?? string.Empty;
                break;
        }
    }
}
