using Portal.Domain.Diagnostics;
using Portal.Loading;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Portal.Rendering.Theme;

/// <summary>Reads site.yml from the content folder. A portal without one gets the defaults.</summary>
internal static class SiteSettingsReader
{
    public const string FileName = "site.yml";

    public static SiteSettings Read(string contentFolder, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(contentFolder, FileName);
        if (!File.Exists(path))
        {
            return new SiteSettings();
        }

        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        try
        {
            return deserializer.Deserialize<SiteSettings?>(File.ReadAllText(path)) ?? new SiteSettings();
        }
        catch (YamlException e)
        {
            diagnostics.Error(new SourceLocation(DisplayPath.Of(path), (int)e.Start.Line, (int)e.Start.Column), $"site settings: {e.InnerException?.Message ?? e.Message}");
            return new SiteSettings();
        }
    }
}
