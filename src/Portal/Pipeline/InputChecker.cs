using Portal.Domain.Diagnostics;
using Portal.Domain.Validation;
using Portal.Loading;
using Portal.Rendering.Theme;

namespace Portal.Pipeline;

/// <summary>
/// The first half of every build, and all of <c>validate</c>: read the data, content and theme, and check
/// them. Reports every problem found, not only the first.
/// </summary>
internal static class InputChecker
{
    /// <summary>Reads and checks everything; with a cache, data files unchanged since the last read are not parsed again.</summary>
    public static CheckedInput Check(BuildOptions options, DiagnosticBag diagnostics, TableCache? cache = null)
    {
        var loaded = new PortalLoader(diagnostics, cache).Load(options.DataFolder, options.ContentFolder);
        new ReferenceValidator(diagnostics, loaded.Cells).Validate(loaded.Data);
        var settings = SiteSettingsReader.Read(options.ContentFolder, diagnostics);
        var theme = ThemeFolder.Load(options.ThemeFolder, settings.Language, diagnostics);
        return new CheckedInput(loaded.Data, loaded.Ledger.Settle(diagnostics.Items), theme, settings);
    }
}
