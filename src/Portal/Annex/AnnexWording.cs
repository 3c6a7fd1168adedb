using Portal.Domain.Model;
using Portal.Domain.Reporting.Annex;
using Portal.Rendering.Formatting;
using Portal.Rendering.Templates;
using Portal.Rendering.Theme;

namespace Portal.Annex;

/// <summary>The annex's words from the theme's language file, with dates and numbers as the site writes them.</summary>
internal sealed class AnnexWording(UiStrings strings) : IAnnexWording
{
    private readonly DateFormatter _dates = new(strings);

    public string Text(string key, params object?[] args) => args.Length == 0 ? strings[key] : strings.Format(key, args);

    public bool Has(string key) => strings.Has(key);

    public string Date(PartialDate date) => _dates.Text(date);

    public string Number(double value) => Rendering.Format.Number(value);

    public string Isolate(string name) => BidiIsolation.Characters(name);
}
