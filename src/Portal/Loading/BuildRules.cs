using Portal.TextFiles.Csv;
using Portal.Domain.Diagnostics;
using Portal.Domain.Themes;
using Portal.Importing;
using Portal.Loading.Tables;

namespace Portal.Loading;

/// <summary>The build's reader of recommendations.csv, offered to the importer so an import refuses what the build would.</summary>
internal sealed class BuildRules : IBuildRules
{
    public void CheckRecommendations(CsvDocument document, DiagnosticBag diagnostics) =>
        TableReader.Read(new RecommendationsTable(), document, diagnostics);

    public ThemeVocabulary ReadThemes(string dataFolder, DiagnosticBag diagnostics) =>
        new PortalLoader(diagnostics).Themes(dataFolder);
}
