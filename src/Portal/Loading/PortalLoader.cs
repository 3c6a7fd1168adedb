using Portal.Domain.Diagnostics;
using Portal.Domain.Model;
using Portal.Loading.Content;
using Portal.Loading.Csv;
using Portal.Loading.Tables;

namespace Portal.Loading;

/// <summary>
/// Reads the data folder (CSV) and the content folder (Markdown). This is the only place the loading side
/// touches the file system; everything it calls works on text.
/// </summary>
internal sealed class PortalLoader(DiagnosticBag diagnostics)
{
    private readonly CellLocator _cells = new();
    private readonly RowLedger _ledger = new();

    public LoadResult Load(string dataFolder, string contentFolder)
    {
        if (!Directory.Exists(dataFolder))
        {
            diagnostics.Error(SourceLocation.OfFile(DisplayPath.Of(dataFolder)), "the data folder does not exist");
        }

        var data = new PortalData
        {
            Cities = Table(dataFolder, new CitiesTable(), required: true),
            Recommendations = Table(dataFolder, new RecommendationsTable(), required: true),
            Commitments = Table(dataFolder, new CommitmentsTable(), required: true),
            Progress = Table(dataFolder, new ProgressTable(), required: false),
            Framework = Table(dataFolder, new FrameworkTable(), required: false),
            Assessments = Table(dataFolder, new AssessmentsTable(), required: false),
            Content = ContentFiles(contentFolder),
        };
        return new LoadResult(data, _ledger, _cells);
    }

    private IReadOnlyList<T> Table<T>(string folder, ITable<T> table, bool required)
    {
        var path = Path.Combine(folder, table.FileName);
        var display = DisplayPath.Of(path);
        if (!File.Exists(path))
        {
            if (required && Directory.Exists(folder))
            {
                diagnostics.Error(SourceLocation.OfFile(display), $"{table.FileName} is missing from the data folder");
            }

            return [];
        }

        return ReadTable(table, display, File.ReadAllBytes(path), required);
    }

    /// <summary>Reads one table from its bytes: decoding, CSV syntax, header, and every row.</summary>
    public IReadOnlyList<T> ReadTable<T>(ITable<T> table, string path, byte[] bytes, bool required)
    {
        var text = TextDecoder.Decode(path, bytes, diagnostics);
        var document = text is null ? CsvDocument.Empty(path) : CsvDocumentReader.Read(path, text, diagnostics);
        if (required && document.HeaderLocations.Count > 0 && document.Records.Count == 0)
        {
            diagnostics.Error(document.HeaderLocations[0], $"{table.FileName} has a header but no rows");
        }

        _cells.Add(document);
        _ledger.AddTable(path, [.. document.Records.Select(r => r.Location.Line)]);
        return TableReader.Read(table, document, diagnostics);
    }

    private List<ContentPage> ContentFiles(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var pages = new List<ContentPage>();
        var files = Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        _ledger.AddDocuments(DisplayPath.Of(folder) + "/*.md", [.. files.Select(DisplayPath.Of)]);
        foreach (var file in files)
        {
            var display = DisplayPath.Of(file);
            var (kind, slug) = Classify(Path.GetRelativePath(folder, file));
            if (!slug.Split('/').All(Slug.IsValid))
            {
                diagnostics.Error(SourceLocation.OfFile(display), $"the file name '{slug}' cannot be an address: use lower-case letters, digits and hyphens");
                continue;
            }

            var text = TextDecoder.Decode(display, File.ReadAllBytes(file), diagnostics);
            if (text is not null && ContentReader.Read(display, kind, slug, text, diagnostics) is { } page)
            {
                pages.Add(page);
            }
        }

        return pages;
    }

    private static (ContentKind Kind, string Slug) Classify(string relativePath)
    {
        var parts = Path.ChangeExtension(relativePath, null).Split(Path.DirectorySeparatorChar);
        return parts switch
        {
            ["cities", var id] => (ContentKind.CityNarrative, id),
            ["news", var name] => (ContentKind.News, name),
            _ => (ContentKind.Page, string.Join('/', parts)),
        };
    }
}
