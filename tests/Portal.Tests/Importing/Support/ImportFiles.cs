using System.Text;
using Portal.Domain.Diagnostics;
using Portal.Importing.Mapping;
using Portal.Importing.Reading.Tables;
using Portal.Importing;
using Portal.TextFiles.Encodings;

namespace Portal.Tests.Importing.Support;

/// <summary>The hand-written export fixtures, and tables made from text the way the importer reads files.</summary>
internal static class ImportFiles
{
    public const string Path = "exports/test.csv";

    static ImportFiles()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static string Fixture(string name) => System.IO.Path.Combine(RepositoryPaths.Fixture("import"), name);

    public static string FixtureText(string name) => File.ReadAllText(Fixture(name), Encoding.UTF8);

    public static Encoding MacRoman => Encoding.GetEncoding(10000);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary>The text as an old Mac saved it: Mac Roman bytes and CR line endings.</summary>
    public static byte[] AsOldMac(string text) => MacRoman.GetBytes(text.ReplaceLineEndings("\r"));

    /// <summary>A delimited text read into a table, failing the test if reading reported a problem.</summary>
    public static SourceTable Table(string text)
    {
        var diagnostics = new DiagnosticBag();
        var table = CsvExportReader.Read(Path, text, diagnostics, out _);
        Assert.Empty(diagnostics.Items);
        return Assert.IsType<SourceTable>(table);
    }

    /// <summary>Bytes decoded as the importer would, then read into a table.</summary>
    public static SourceTable Table(byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        var decoded = ExportDecoding.Decode(Path, bytes, chosen: null, new HashSet<int>(), diagnostics);
        Assert.Empty(diagnostics.Items);
        return Table(Assert.IsType<DecodedText>(decoded).Text);
    }

    public static MappedExport Mapped(Func<SourceTable, DiagnosticBag, MappedExport> mapper, SourceTable table)
    {
        var diagnostics = new DiagnosticBag();
        var export = mapper(table, diagnostics);
        Assert.Empty(diagnostics.Items);
        return export;
    }

    public static ImportedRecommendation Recommendation(MappedExport export, int line) =>
        Assert.Single(export.Rows, r => r.Line == line).Recommendation ?? throw new Xunit.Sdk.XunitException($"line {line} was skipped");
}
