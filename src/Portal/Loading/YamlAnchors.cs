using Portal.Domain.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Portal.Loading;

/// <summary>
/// Front matter and site settings have no use for YAML anchors and aliases, and aliases let a few lines stand for
/// billions of nodes. YamlDotNet's parser reads the text as events, without building or expanding any node, so
/// the first anchor or alias is refused at its place before the text is loaded.
/// </summary>
internal static class YamlAnchors
{
    /// <summary>Reports the first anchor or alias; true when there is none. <paramref name="firstLine"/> is the file's line the YAML starts on.</summary>
    public static bool Check(string path, string yaml, int firstLine, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(yaml));
        try
        {
            while (parser.MoveNext())
            {
                if (parser.Current is AnchorAlias or NodeEvent { Anchor.IsEmpty: false })
                {
                    var start = parser.Current.Start;
                    diagnostics.Error(
                        new SourceLocation(path, (int)start.Line + firstLine - 1, (int)start.Column),
                        "YAML anchors and aliases (& and *) are not allowed here: write each value out");
                    return false;
                }
            }
        }
        catch (YamlException)
        {
            // Malformed YAML is reported by the reader that loads it, with its own message.
        }

        return true;
    }
}
