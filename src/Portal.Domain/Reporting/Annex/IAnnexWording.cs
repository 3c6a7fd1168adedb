using Portal.Domain.Model;

namespace Portal.Domain.Reporting.Annex;

/// <summary>
/// Where the annex's words come from: the theme's language file (<c>annex.*</c> keys and the names of countries,
/// mechanisms and verdicts), and dates and numbers as its language writes them. The domain writes no word itself,
/// so the annex can be translated with the site.
/// </summary>
public interface IAnnexWording
{
    string Text(string key, params object?[] args);

    bool Has(string key);

    string Date(PartialDate date);

    string Number(double value);

    /// <summary>A name from the data set apart from the text around it, so a right-to-left name cannot reorder it.</summary>
    string Isolate(string name);
}
