using System.Globalization;
using Portal.Domain.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Portal.Loading.Content;

/// <summary>The YAML block between two <c>---</c> lines at the top of a Markdown file, and the body after it.</summary>
internal sealed class FrontMatter
{
    /// <summary>The most characters front matter may hold: a title, a description and a few short values.</summary>
    public const int MaxLength = 10_000;

    private static readonly string[] KnownKeys = ["title", "description", "order", "draft", "date", "city"];

    private readonly Dictionary<string, (string Value, SourceLocation Location)> _values;

    private FrontMatter(Dictionary<string, (string, SourceLocation)> values, string body, int bodyLine)
    {
        _values = values;
        Body = body;
        BodyLine = bodyLine;
    }

    public string Body { get; }

    /// <summary>The line the body starts on, counted from 1.</summary>
    public int BodyLine { get; }

    public static FrontMatter Parse(string path, string text, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r') != "---")
        {
            return new FrontMatter([], text, 1);
        }

        var end = Array.FindIndex(lines, 1, l => l.TrimEnd('\r') is "---" or "...");
        if (end < 0)
        {
            diagnostics.Error(new SourceLocation(path, 1, 1), "front matter starts with '---' but never ends; close it with a '---' line");
            return new FrontMatter([], string.Empty, lines.Length + 1);
        }

        var yaml = string.Join('\n', lines[1..end]);
        var body = string.Join('\n', lines[(end + 1)..]);
        if (yaml.Length > MaxLength)
        {
            diagnostics.Error(
                new SourceLocation(path, 1, 1),
                string.Create(CultureInfo.InvariantCulture, $"front matter holds {yaml.Length:N0} characters; it may hold at most {MaxLength:N0}: move long text into the body"));
            return new FrontMatter([], body, end + 2);
        }

        return new FrontMatter(ParseYaml(path, yaml, diagnostics), body, end + 2);
    }

    public (string Value, SourceLocation Location)? this[string key] =>
        _values.TryGetValue(key, out var value) ? value : null;

    private static Dictionary<string, (string, SourceLocation)> ParseYaml(string path, string yaml, DiagnosticBag diagnostics)
    {
        var values = new Dictionary<string, (string, SourceLocation)>(StringComparer.OrdinalIgnoreCase);
        if (!YamlAnchors.Check(path, yaml, firstLine: 2, diagnostics))
        {
            return values;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            // The YAML starts on the file's second line, after the opening '---'.
            diagnostics.Error(new SourceLocation(path, (int)e.Start.Line + 1, (int)e.Start.Column), $"front matter is not valid YAML: {e.Message}");
            return values;
        }

        if (stream.Documents.Count == 0)
        {
            return values;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            diagnostics.Error(new SourceLocation(path, 2, 1), "front matter must be a list of 'key: value' lines");
            return values;
        }

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = keyNode.ToString();
            var location = new SourceLocation(path, (int)keyNode.Start.Line + 1, (int)keyNode.Start.Column);
            if (!KnownKeys.Contains(key))
            {
                diagnostics.Warning(location, $"unknown front matter key '{key}' is ignored; known keys: {string.Join(", ", KnownKeys)}");
            }
            else if (valueNode is YamlScalarNode scalar)
            {
                values[key] = (scalar.Value ?? string.Empty, new SourceLocation(path, (int)valueNode.Start.Line + 1, (int)valueNode.Start.Column));
            }
            else
            {
                diagnostics.Error(location, $"front matter key '{key}' needs a single value");
            }
        }

        return values;
    }
}
