using Portal.TextFiles.Csv;
using Portal.Domain.Diagnostics;

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
}
