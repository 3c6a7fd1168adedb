using System.Diagnostics;
using System.Globalization;
using Portal.Domain.Diagnostics;
using Portal.Importing.Mapping;
using Portal.Importing.Mapping.ImpactOss;
using Portal.Importing.Mapping.Uhri;
using Portal.Importing.Mapping.UprInfo;
using Portal.Importing.Reading.Tables;
using Portal.Importing.Reading.Uhri;
using Portal.TextFiles;
using Portal.TextFiles.Csv;
using Portal.TextFiles.Encodings;

namespace Portal.Importing;

/// <summary>
/// Runs `portal import`: reads an export as it comes (XLSX, JSON, or text in whatever encoding and
/// separator), maps it with the format's mapper, merges it into recommendations.csv and writes the file
/// back, unless the input has errors or this is a dry run. Nothing is written when anything is wrong.
/// </summary>
internal sealed class Importer(IBuildRules rules)
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OldExcelSignature = [0xD0, 0xCF, 0x11, 0xE0];

    public ImportOutcome Import(ImportOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(options.DataFolder))
        {
            return new ImportOutcome(null, [], $"--data '{options.DataFolder}' is not a folder");
        }

        var source = DisplayPath.Of(options.File);
        var bytes = ReadBytes(options.File, source, diagnostics);
        var (table, reading) = bytes is null ? (null, string.Empty) : ReadTable(options, source, bytes, diagnostics);
        if (table is null || diagnostics.HasErrors)
        {
            return new ImportOutcome(null, diagnostics.Sorted());
        }

        if (options.Format == ImportFormat.ImpactOss && !ImpactOssMapper.NamesItsState(table) && options.Countries.Count != 1)
        {
            return new ImportOutcome(null, [], "an IMPACT OSS export does not say which State it is about; name that State with one --country ISO3");
        }

        var themes = rules.ReadThemes(options.DataFolder, diagnostics);
        var export = ImportedThemes.Map(Map(options, table, diagnostics), themes);
        var target = Path.Combine(options.DataFolder, RecommendationsFile.FileName);
        var existing = diagnostics.HasErrors ? null : RecommendationsFile.Read(target, diagnostics);
        if (existing is not { } file)
        {
            return new ImportOutcome(null, diagnostics.Sorted());
        }

        var merge = ImportMerger.Merge(file.Table, export, new ImportSelection(options.Countries, ImportFormats.IdPrefixOf(options.Format)));
        var changes = Changes(file.Table, merge);
        if (changes && !BuildAcceptance.Accepts(merge.Table, DisplayPath.Of(target), table, rules, diagnostics))
        {
            return new ImportOutcome(null, diagnostics.Sorted());
        }

        var write = !options.DryRun && changes;
        if (write && !TryWrite(target, merge.Table, file.Style, diagnostics))
        {
            return new ImportOutcome(null, diagnostics.Sorted());
        }

        var report = new ImportReport
        {
            Format = options.Format,
            Source = source,
            Target = DisplayPath.Of(target),
            Reading = reading,
            Unit = table.Unit,
            RowsRead = export.RowsRead,
            Merge = merge,
            Unmapped = export.Unmapped.Sorted(),
            DryRun = options.DryRun,
            Written = write,
            Elapsed = clock.Elapsed,
        };
        return new ImportOutcome(report, diagnostics.Sorted());
    }

    private static byte[]? ReadBytes(string path, string display, DiagnosticBag diagnostics)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length > ImportLimits.MaxFileBytes)
            {
                diagnostics.Error(SourceLocation.OfFile(display), string.Create(CultureInfo.InvariantCulture, $"the file is {length:N0} bytes; an export may be at most {ImportLimits.MaxFileBytes:N0}, so it is not read"));
                return null;
            }

            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var problem = e is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist" : $"the file cannot be read: {e.Message}";
            diagnostics.Error(SourceLocation.OfFile(display), problem);
            return null;
        }
    }

    /// <summary>The export as a table, told apart by content rather than by name: a ZIP is a workbook, a bracket opens JSON, anything else is delimited text.</summary>
    private static (SourceTable? Table, string Reading) ReadTable(ImportOptions options, string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        if (bytes.AsSpan().StartsWith(ZipSignature))
        {
            return (XlsxExportReader.Read(path, bytes, diagnostics), "XLSX workbook, first sheet");
        }

        if (bytes.AsSpan().StartsWith(OldExcelSignature))
        {
            diagnostics.Error(SourceLocation.OfFile(path), "this is an old Excel workbook (.xls); save it from Excel as .xlsx or as CSV");
            return (null, string.Empty);
        }

        if (ExportDecoding.Decode(path, bytes, options.Encoding, CountryCodePages.LikelyFor(options.Countries), diagnostics) is not { } decoded)
        {
            return (null, string.Empty);
        }

        var text = decoded.Text.TrimStart('\uFEFF');
        if (text.IndexOf('\0', StringComparison.Ordinal) is var nul and >= 0)
        {
            diagnostics.Error(SourceLocation.OfFile(path), $"the file holds a NUL character (at character {nul + 1}) when read as {decoded.EncodingName}; it looks binary, not a text export");
            return (null, string.Empty);
        }

        var encoding = $"{decoded.EncodingName} ({decoded.How})";
        if (options.Format == ImportFormat.Uhri && text.TrimStart().FirstOrDefault() is '[' or '{')
        {
            return (UhriJsonReader.Read(path, text, diagnostics), $"JSON, {encoding}");
        }

        var table = CsvExportReader.Read(path, text, diagnostics, out var delimiter);
        return (table, $"{encoding}, {DelimiterDetector.NameOf(delimiter)}, {LineEndings(text)} line endings");
    }

    private static MappedExport Map(ImportOptions options, SourceTable table, DiagnosticBag diagnostics) => options.Format switch
    {
        ImportFormat.Uhri => UhriMapper.Map(table, diagnostics),
        ImportFormat.UprInfo => UprInfoMapper.Map(table, diagnostics),
        _ => ImpactOssMapper.Map(table, ImpactOssMapper.NamesItsState(table) ? null : options.Countries.Single(), diagnostics),
    };

    /// <summary>A file the import leaves as it is is not rewritten: its bytes and its time stamp stay.</summary>
    private static bool Changes(RecommendationTable before, MergeOutcome merge) =>
        merge.Added > 0 || merge.Updated > 0 || !merge.Table.Columns.SequenceEqual(before.Columns, StringComparer.Ordinal);

    private static bool TryWrite(string target, RecommendationTable table, FileStyle style, DiagnosticBag diagnostics)
    {
        try
        {
            RecommendationsFile.Write(target, table, style);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.OfFile(DisplayPath.Of(target)), $"the file cannot be written: {e.Message}");
            return false;
        }
    }

    private static string LineEndings(string text) =>
        text.Contains("\r\n", StringComparison.Ordinal) ? "CRLF"
        : text.Contains('\r', StringComparison.Ordinal) ? "CR (old Mac)"
        : "LF";
}
