using Portal.TextFiles.Csv;
using Portal.Domain.Diagnostics;
using Portal.Domain.Themes;

namespace Portal.Importing;

/// <summary>
/// The build's own reading of recommendations.csv, handed to the importer by the command line so that an
/// import checks the file it is about to write by exactly the rules the next build applies, without the
/// importers depending on the build.
/// </summary>
internal interface IBuildRules
{
    /// <summary>Reads the document as the build reads recommendations.csv, adding each problem to the diagnostics.</summary>
    void CheckRecommendations(CsvDocument document, DiagnosticBag diagnostics);

    /// <summary>The data folder's themes.csv, read and checked as the build reads it; no themes when the file is absent.</summary>
    ThemeVocabulary ReadThemes(string dataFolder, DiagnosticBag diagnostics);
}
