using Portal.Domain.Diagnostics;
using Portal.Domain.Model;
using Portal.Domain.Validation;
using Portal.Loading;
using Portal.Rendering.Markdown;
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
        // The settings and the theme do not depend on the data: they are read on another core while the data
        // is, and so is the Markdown check while the references are. The bag takes diagnostics from any thread,
        // and they are reported sorted, so the order the checks finish in does not show.
        var presentation = Task.Run(() =>
        {
            var settings = SiteSettingsReader.Read(options.ContentFolder, diagnostics);
            return (Settings: settings, Theme: ThemeFolder.Load(options.ThemeFolder, settings.Language, diagnostics));
        });
        var loaded = new PortalLoader(diagnostics, cache).Load(options.DataFolder, options.ContentFolder);
        var markdown = Task.Run(() => CheckMarkdown(loaded.Data, loaded.Cells, diagnostics));
        new ReferenceValidator(diagnostics, loaded.Cells).Validate(loaded.Data);
        Task.WaitAll(presentation, markdown);
        var (settings, theme) = presentation.Result;
        return new CheckedInput(loaded.Data, loaded.Ledger.Settle(diagnostics.Items), theme, settings);
    }

    /// <summary>
    /// Markdown the renderer would refuse (nested past Markdig's depth limit) is an error at its cell or file, found
    /// before anything is rendered: a build would otherwise stop in the middle with an exception.
    /// </summary>
    private static void CheckMarkdown(PortalData data, IColumnLocator cells, DiagnosticBag diagnostics)
    {
        var markdown = new MarkdownRenderer();
        var texts = data.Commitments.Select(c => (Text: c.Description, Location: cells.Locate(c.Row, "description")))
            .Concat(data.Content.Select(page => (Text: (string?)page.Body, Location: page.Origin)));
        foreach (var (text, location) in texts)
        {
            if (markdown.Problem(text) is { } problem)
            {
                diagnostics.Error(location, problem);
            }
        }
    }
}
