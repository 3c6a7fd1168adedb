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
internal sealed class PortalLoader(DiagnosticBag diagnostics, TableCache? cache = null)
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

        if (cache is null)
        {
            return ReadTable(table, display, File.ReadAllBytes(path), required);
        }

        if (!cache.TryGet<T>(path, out var cached))
        {
            // The stamp is taken before reading, so an edit made while the file is read is seen at the next build.
            var stamp = TableCache.Stamp.Of(path);
            var reported = new DiagnosticBag();
            var document = ReadDocument(display, File.ReadAllBytes(path), reported);
            cached = cache.Add(path, stamp, document, TableReader.Read(table, document, reported), reported.Items);
        }

        foreach (var diagnostic in cached.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        return Add(table, cached.Document, (IReadOnlyList<T>)cached.Records, display, required);
    }

    /// <summary>Reads one table from its bytes: decoding, CSV syntax, header, and every row.</summary>
    public IReadOnlyList<T> ReadTable<T>(ITable<T> table, string path, byte[] bytes, bool required)
    {
        var document = ReadDocument(path, bytes, diagnostics);
        return Add(table, document, TableReader.Read(table, document, diagnostics), path, required);
    }

    private static CsvDocument ReadDocument(string path, byte[] bytes, DiagnosticBag reported)
    {
        var text = TextDecoder.Decode(path, bytes, reported);
        return text is null ? CsvDocument.Empty(path) : CsvDocumentReader.Read(path, text, reported);
    }

    /// <summary>Takes in a table read now or at an earlier build: its cells, for locating errors, and its rows, for the accounting.</summary>
    private IReadOnlyList<T> Add<T>(ITable<T> table, CsvDocument document, IReadOnlyList<T> records, string path, bool required)
    {
        if (required && document.HeaderLocations.Count > 0 && document.Records.Count == 0)
        {
            diagnostics.Error(document.HeaderLocations[0], $"{table.FileName} has a header but no rows");
        }

        _cells.Add(document);
        _ledger.AddTable(path, [.. document.Records.Select(r => r.Location.Line)]);
        return records;
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
