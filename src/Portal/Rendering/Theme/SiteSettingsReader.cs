using System.Text.RegularExpressions;
using Portal.Domain.Diagnostics;
using Portal.Loading.Files;
using Portal.Loading;
using Portal.TextFiles;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization;

namespace Portal.Rendering.Theme;

/// <summary>
/// Reads site.yml from the content folder. A portal without one gets the defaults. The settings that become a
/// path or an address are checked at their line and column: <c>language</c> names the theme's language file and
/// every page's <c>lang</c>, so it must be a language tag; <c>data_licence</c> goes into the data package as a
/// licence name or path, so it must be an identifier or an http(s) address. The other settings are text, escaped
/// where they are written.
/// </summary>
internal static partial class SiteSettingsReader
{
    public const string FileName = "site.yml";

    public static SiteSettings Read(string contentFolder, DiagnosticBag diagnostics)
    {
        var folder = new SourceFolder(contentFolder, diagnostics);
        var (path, _) = folder.Exists ? folder.Find(contentFolder, FileName) : (null, false);
        if (path is null || folder.ReadText(path) is not { } text)
        {
            return new SiteSettings();
        }

        var display = DisplayPath.Of(path);
        if (!ControlCharacters.Check(display, text, diagnostics) || !YamlAnchors.Check(display, text, firstLine: 1, diagnostics))
        {
            return new SiteSettings();
        }

        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        try
        {
            var settings = deserializer.Deserialize<SiteSettings?>(text) ?? new SiteSettings();
            return Checked(settings, ValueLocations(display, text), SourceLocation.OfFile(display), diagnostics);
        }
        catch (YamlException e)
        {
            diagnostics.Error(new SourceLocation(display, (int)e.Start.Line, (int)e.Start.Column), $"site settings: {e.InnerException?.Message ?? e.Message}");
            return new SiteSettings();
        }
    }

    /// <summary>A language tag as BCP 47 writes one (en, pt-BR, zh-Hant): letters, digits and hyphens, nothing a path could climb with.</summary>
    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();

    /// <summary>A licence identifier as the Data Package schema allows one (CC-BY-4.0, ODbL-1.0).</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex LicenceIdentifier();

    /// <summary>Reports a setting that may not be used as it is, and uses its default instead.</summary>
    private static SiteSettings Checked(SiteSettings settings, Dictionary<string, SourceLocation> locations, SourceLocation file, DiagnosticBag diagnostics)
    {
        var defaults = new SiteSettings();
        if (settings.Language is null || !LanguageTag().IsMatch(settings.Language))
        {
            diagnostics.Error(locations.GetValueOrDefault("language", file), $"'{settings.Language}' is not a language tag such as en, fr or pt-BR");
            settings = settings with { Language = defaults.Language };
        }

        if (settings.DataLicence is { } licence && !IsLicence(licence.Trim()))
        {
            diagnostics.Error(locations.GetValueOrDefault("data_licence", file), $"'{licence}' is neither a licence identifier (such as CC-BY-4.0) nor an http or https address");
            settings = settings with { DataLicence = defaults.DataLicence };
        }

        if (settings.BaseUrl is { } address && !IsSiteAddress(address))
        {
            diagnostics.Error(locations.GetValueOrDefault("base_url", file), $"'{address}' is not the site's address: it must be an http or https address with a host, such as https://rights.example.org/portal/");
            settings = settings with { BaseUrl = defaults.BaseUrl };
        }

        return settings;
    }

    /// <summary>An http(s) address with a host, that every link can start with: nothing a browser would read another way.</summary>
    private static bool IsSiteAddress(string text) =>
        !text.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is '\\' or '?' or '#')
        && Uri.TryCreate(text, UriKind.Absolute, out var url)
        && url.Scheme is "http" or "https"
        && text.StartsWith(url.Scheme + "://", StringComparison.OrdinalIgnoreCase)
        && url.Host.Length > 0
        && url.UserInfo.Length == 0;

    private static bool IsLicence(string text) =>
        LicenceIdentifier().IsMatch(text)
        || (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https");

    /// <summary>Where each top-level value starts, for errors; the text is known to be valid YAML by now.</summary>
    private static Dictionary<string, SourceLocation> ValueLocations(string path, string text)
    {
        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode mapping)
        {
            foreach (var (key, value) in mapping.Children)
            {
                locations[key.ToString()] = new SourceLocation(path, (int)value.Start.Line, (int)value.Start.Column);
            }
        }

        return locations;
    }
}
