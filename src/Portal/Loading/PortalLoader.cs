using Portal.Domain.Diagnostics;
using Portal.Domain.Limits;
using Portal.Domain.Model;
using Portal.Domain.Themes;
using Portal.Loading.Content;
using Portal.Loading.Files;
using Portal.Loading.Tables;
using Portal.Loading.Themes;
using Portal.TextFiles.Csv;
using Portal.TextFiles.Encodings;
using Portal.TextFiles;

namespace Portal.Loading;

/// <summary>
/// Reads the data folder (CSV) and the content folder (Markdown), through <see cref="SourceFolder"/>: regular files
/// only, data files by their exact names. This is the only place the loading side touches the file system;
/// everything it calls works on text.
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

        var folder = new SourceFolder(dataFolder, diagnostics);
        var data = new PortalData
        {
            Cities = Table(folder, new CitiesTable(), required: true),
            Recommendations = Table(folder, new RecommendationsTable(), required: true),
            Commitments = Table(folder, new CommitmentsTable(), required: true),
            Progress = Table(folder, new ProgressTable(), required: false),
            Framework = Table(folder, new FrameworkTable(), required: false),
            Assessments = Table(folder, new AssessmentsTable(), required: false),
            Themes = ThemeListChecker.Check(Table(folder, new ThemesTable(), required: false), _cells, diagnostics),
            Content = ContentFiles(new SourceFolder(contentFolder, diagnostics)),
        };
        return new LoadResult(ThemeLabels.Apply(data, _cells, diagnostics), _ledger, _cells);
    }

    /// <summary>Only themes.csv, read and checked as a build reads it: the importer maps an export's labels through it.</summary>
    public ThemeVocabulary Themes(string dataFolder) =>
        ThemeListChecker.Check(Table(new SourceFolder(dataFolder, diagnostics), new ThemesTable(), required: false), _cells, diagnostics);

    private IReadOnlyList<T> Table<T>(SourceFolder folder, ITable<T> table, bool required)
    {
        var display = DisplayPath.Of(Path.Combine(folder.Root, table.FileName));
        var (path, present) = folder.Find(folder.Root, table.FileName);
        if (path is null)
        {
            if (!present && required && folder.Exists)
            {
                diagnostics.Error(SourceLocation.OfFile(display), $"{table.FileName} is missing from the data folder");
            }

            _ledger.AddUnread(display, present ? "not read (see the error)" : required ? "missing (required)" : "absent (optional)");
            return [];
        }

        if (cache is null)
        {
            return folder.Read(path) is { } bytes ? ReadTable(table, display, bytes, required) : Unread<T>(display);
        }

        if (!cache.TryGet<T>(path, out var cached))
        {
            // The stamp is taken before reading, so an edit made while the file is read is seen at the next build.
            var stamp = TableCache.Stamp.Of(path);
            var reported = new DiagnosticBag();
            if (folder.Read(path) is not { } bytes)
            {
                return Unread<T>(display);
            }

            var document = ReadDocument(display, bytes, reported);
            cached = cache.Add(path, stamp, document, TableReader.Read(table, document, reported), reported.Items);
        }

        foreach (var diagnostic in cached.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        return Add(table, cached.Document, (IReadOnlyList<T>)cached.Records, display, required);
    }

    private List<T> Unread<T>(string display)
    {
        _ledger.AddUnread(display, "not read (see the error)");
        return [];
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

    private List<ContentPage> ContentFiles(SourceFolder folder)
    {
        if (!folder.Exists)
        {
            return [];
        }

        var pages = new List<ContentPage>();
        var files = folder.Files(folder.Root, "*.md", recursive: true);
        var drafts = new List<string>();
        foreach (var file in files)
        {
            var display = DisplayPath.Of(file);
            var (kind, slug) = Classify(Path.GetRelativePath(folder.Root, file));
            if (!IsAddress(slug, display))
            {
                continue;
            }

            if (folder.ReadText(file) is not { } text)
            {
                continue;
            }

            // A control character is an error, but the page is still read, so that one run shows every problem in it.
            ControlCharacters.Check(display, text, diagnostics);
            if (ContentReader.Read(display, kind, slug, text, diagnostics) is { } page)
            {
                pages.Add(page);
                if (page.Draft)
                {
                    drafts.Add(display);
                }
            }
        }

        _ledger.AddDocuments(DisplayPath.Of(folder.Root) + "/*.md", [.. files.Select(DisplayPath.Of)], drafts);
        return pages;
    }

    /// <summary>A page's file name becomes its address: each part a slug, none longer than an id may be.</summary>
    private bool IsAddress(string slug, string display)
    {
        var parts = slug.Split('/');
        if (!parts.All(Slug.IsValid))
        {
            diagnostics.Error(SourceLocation.OfFile(display), $"the file name '{slug}' cannot be an address: use lower-case letters, digits and hyphens");
            return false;
        }

        if (parts.Any(part => part.Length > InputLimits.MaxIdLength))
        {
            diagnostics.Error(SourceLocation.OfFile(display), $"the file name '{slug}' is too long for an address: a name may have at most {InputLimits.MaxIdLength} characters");
            return false;
        }

        return true;
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
