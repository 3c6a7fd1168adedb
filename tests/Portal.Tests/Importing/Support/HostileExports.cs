using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Portal.Tests.Importing.Support;

/// <summary>
/// Generates hostile exports, deterministically from a seed: the XLSX and JSON files of issue 11 (a cell in
/// column ZZZZZZ, whitespace and zip bombs, a string of hundreds of millions of characters, rows by the
/// hundred thousand, DTDs, overflowing references, nested HTML, dates past the year 9999, lone surrogates, NUL
/// characters, million-character cells) and random mutations of valid files: truncated zips, flipped bytes,
/// bytes dropped into XML parts, odd encodings.
/// </summary>
internal static class HostileExports
{
    public const string UprInfoHeader = "To,Text,From,Response,Issue,Session";

    private static readonly string[] Header = ["To", "Text", "From", "Response", "Issue", "Session"];

    private static readonly string[] Row = ["Spain", "Adopt a national strategy against homelessness in every region.", "Portugal", "Accepted", "Poverty", "21"];

    public static IReadOnlyList<HostileExport> All(int seed)
    {
        var random = new Random(seed);
        return [.. Workbooks(), .. WorkbookMutations(random), .. JsonFiles(), .. JsonMutations(random), .. TextFiles()];
    }

    public static byte[] ValidWorkbook() => RawXlsx.Write(RawXlsx.Sheet(Header, Row));

    public static byte[] WorkbookWithCell(string reference, string text = "Health") =>
        RawXlsx.Write(RawXlsx.Sheet(w =>
        {
            w.Write("<row r=\"1\">");
            for (var c = 0; c < Header.Length; c++)
            {
                w.Write(RawXlsx.InlineCell($"{RawXlsx.ColumnName(c)}1", Header[c]));
            }

            w.Write("</row><row r=\"2\">");
            for (var c = 0; c < Row.Length; c++)
            {
                w.Write(RawXlsx.InlineCell($"{RawXlsx.ColumnName(c)}2", Row[c]));
            }

            w.Write(RawXlsx.InlineCell(reference, text));
            w.Write("</row>");
        }));

    public static byte[] WorkbookWithRows(int rows) => RawXlsx.Write(RawXlsx.Sheet(w =>
    {
        WriteHeaderRow(w);
        for (var r = 2; r <= rows + 1; r++)
        {
            w.Write($"""<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>Spain</t></is></c><c r="B{r}" t="inlineStr"><is><t>Recommendation {r}</t></is></c></row>""");
        }
    }));

    /// <summary>A workbook whose one shared string has <paramref name="length"/> characters, used by the Text cell of the data row.</summary>
    public static byte[] WorkbookWithSharedString(long length) => RawXlsx.Write(
        RawXlsx.Sheet(w =>
        {
            WriteHeaderRow(w);
            w.Write("""<row r="2"><c r="A2" t="inlineStr"><is><t>Spain</t></is></c><c r="B2" t="s"><v>0</v></c></row>""");
        }),
        w =>
        {
            w.Write($"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{RawXlsx.Main}"><si><t>""");
            WriteRepeated(w, 'x', length);
            w.Write("</t></si></sst>");
        });

    public static byte[] WorkbookWithWhitespace(long length) => RawXlsx.Write(RawXlsx.Sheet(w =>
    {
        WriteHeaderRow(w);
        WriteRepeated(w, ' ', length);
        w.Write($"<row r=\"2\">{string.Concat(Row.Select((v, c) => RawXlsx.InlineCell($"{RawXlsx.ColumnName(c)}2", v)))}</row>");
    }));

    public static byte[] WorkbookWithSheetProlog(string prolog) => RawXlsx.Write(RawXlsx.Sheet(w => WriteHeaderRow(w), prolog));

    public static byte[] WorkbookWithSharedStringsProlog(string prolog) => RawXlsx.Write(
        RawXlsx.Sheet(w => WriteHeaderRow(w)),
        w => w.Write($"""<?xml version="1.0" encoding="UTF-8"?>{prolog}<sst xmlns="{RawXlsx.Main}"><si><t>&lol9;</t></si></sst>"""));

    public static byte[] WorkbookWithSheetText(string sheet) => RawXlsx.Write(w => w.Write(sheet));

    public static byte[] Json(string textOfFirstAnnotation, string publicationDate = "2020-01-24T00:00:00") =>
        Encoding.UTF8.GetBytes($$"""
            [
              { "AnnotationId": "fuzz-1", "Symbol": "A/HRC/44/7", "Body": "UPR", "AnnotationType": "Recommendation", "Countries": [{ "Name": "Spain" }],
                "PublicationDate": "{{publicationDate}}", "Text": "{{textOfFirstAnnotation}}", "UprCycle": 3, "UprPositions": ["Noted"], "UprRecommendingCountry": ["Uruguay"], "UprSession": 35 }
            ]
            """);

    public static byte[] NestedDivs(int depth) => Json(string.Concat(Enumerable.Repeat("<div>", depth)) + "Ensure due process" + string.Concat(Enumerable.Repeat("</div>", depth)));

    public static byte[] Csv(params string[] rows) => Encoding.UTF8.GetBytes(string.Join('\n', [UprInfoHeader, .. rows]) + "\n");

    private static IEnumerable<HostileExport> Workbooks()
    {
        yield return new("xlsx-valid", "upr-info", "xlsx", ValidWorkbook, MustBeRefused: false);
        yield return new("xlsx-column-ZZZZZZ", "upr-info", "xlsx", () => WorkbookWithCell("ZZZZZZ2"));
        yield return new("xlsx-column-XFE-past-excel", "upr-info", "xlsx", () => WorkbookWithCell("XFE2"));
        yield return new("xlsx-column-1001-past-budget", "upr-info", "xlsx", () => WorkbookWithCell(RawXlsx.ColumnName(1000) + "2"));
        yield return new("xlsx-reference-letters-overflow", "upr-info", "xlsx", () => WorkbookWithCell(new string('Z', 40) + "2"));
        yield return new("xlsx-reference-digits-overflow", "upr-info", "xlsx", () => WorkbookWithCell("A99999999999999999999"));
        yield return new("xlsx-reference-five-million-characters", "upr-info", "xlsx", () => WorkbookWithCell(new string('A', 5_000_000) + "2"));
        yield return new("xlsx-row-number-overflow", "upr-info", "xlsx", () => WorkbookWithSheetText(SheetWithRowNumber("99999999999999999999")));
        yield return new("xlsx-whitespace-1.9MB", "upr-info", "xlsx", () => WorkbookWithWhitespace(1_900_000), MustBeRefused: false);
        yield return new("xlsx-whitespace-bomb-120MB", "upr-info", "xlsx", () => WorkbookWithWhitespace(120_000_000), MustBeRefused: false);
        yield return new("xlsx-whitespace-bomb-past-part-budget", "upr-info", "xlsx", () => WorkbookWithWhitespace(140_000_000));
        yield return new("xlsx-zip-bomb-declaring-1-KB", "upr-info", "xlsx", () => DeclaringSize(WorkbookWithWhitespace(200_000_000), "xl/worksheets/sheet1.xml", 1_000));
        yield return new("xlsx-shared-string-1M", "upr-info", "xlsx", () => WorkbookWithSharedString(1_000_000));
        yield return new("xlsx-shared-string-120M", "upr-info", "xlsx", () => WorkbookWithSharedString(120_000_000));
        yield return new("xlsx-rows-250k", "upr-info", "xlsx", () => WorkbookWithRows(250_000));
        yield return new("xlsx-cells-padded-past-budget", "upr-info", "xlsx", () => WorkbookWithPaddedRows(150_000, "AD"));
        yield return new("xlsx-dtd-in-sheet", "upr-info", "xlsx", () => WorkbookWithSheetProlog("""<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">]>"""));
        yield return new("xlsx-dtd-in-shared-strings", "upr-info", "xlsx", () => WorkbookWithSharedStringsProlog(BillionLaughs));
        yield return new("xlsx-external-entity", "upr-info", "xlsx", () => WorkbookWithSheetProlog("""<!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>"""));
        yield return new("xlsx-sheet-not-xml", "upr-info", "xlsx", () => WorkbookWithSheetText("this is not XML, it is a sentence"));
        yield return new("xlsx-sheet-truncated", "upr-info", "xlsx", () => WorkbookWithSheetText(SheetWithRowNumber("2")[..90]));
        yield return new("xlsx-shared-string-index-missing", "upr-info", "xlsx", () => WorkbookWithSheetText(SheetWithCell("""<c r="B2" t="s"><v>7</v></c>""")));
        yield return new("xlsx-shared-string-index-overflow", "upr-info", "xlsx", () => WorkbookWithSheetText(SheetWithCell("""<c r="B2" t="s"><v>99999999999999999999</v></c>""")));
        yield return new("xlsx-inline-cell-1M", "upr-info", "xlsx", () => WorkbookWithCell("G2", new string('y', 1_000_000)));
        yield return new("xlsx-deep-xml-nesting", "upr-info", "xlsx", () => WorkbookWithSheetText(SheetWithCell("""<c r="B2" t="inlineStr"><is>""" + string.Concat(Enumerable.Repeat("<x>", 100_000)) + string.Concat(Enumerable.Repeat("</x>", 100_000)) + "</is></c>")), MustBeRefused: false);
        yield return new("xlsx-invalid-character-reference", "upr-info", "xlsx", () => WorkbookWithCell("G2", "\u0007"));
        yield return new("xlsx-declared-utf16-but-utf8", "upr-info", "xlsx", () => WorkbookWithSheetText(SheetWithRowNumber("2").Replace("UTF-8", "UTF-16", StringComparison.Ordinal)));
        yield return new("xlsx-unknown-encoding", "upr-info", "xlsx", () => WorkbookWithSheetText(SheetWithRowNumber("2").Replace("UTF-8", "x-no-such-encoding", StringComparison.Ordinal)));
        yield return new("xlsx-twenty-thousand-entries", "upr-info", "xlsx", () => WithExtraEntries(ValidWorkbook(), 20_000));
        yield return new("xlsx-pk-signature-then-junk", "upr-info", "xlsx", () => [0x50, 0x4B, 0x03, 0x04, .. Encoding.ASCII.GetBytes("not really a zip")]);
    }

    private static IEnumerable<HostileExport> WorkbookMutations(Random random)
    {
        var valid = ValidWorkbook();
        for (var i = 0; i < 3; i++)
        {
            var cut = random.Next(5, valid.Length - 1);
            yield return new($"xlsx-truncated-at-{cut}", "upr-info", "xlsx", () => valid[..cut], MustBeRefused: false);
        }

        for (var i = 0; i < 6; i++)
        {
            var flips = Enumerable.Range(0, 1 + random.Next(8)).Select(_ => (random.Next(4, valid.Length), (byte)random.Next(256))).ToArray();
            yield return new($"xlsx-random-bytes-{i}", "upr-info", "xlsx", () => Flipped(valid, flips), MustBeRefused: false);
        }

        var sheet = SheetWithRowNumber("2");
        for (var i = 0; i < 6; i++)
        {
            var at = random.Next(sheet.Length);
            var junk = new string([.. Enumerable.Range(0, 1 + random.Next(6)).Select(_ => "<>&\"'\0\u0001\uFFFE\uD800x;/="[random.Next(14)])]);
            yield return new($"xlsx-junk-in-sheet-xml-{i}", "upr-info", "xlsx", () => WorkbookWithSheetText(sheet.Insert(at, junk)), MustBeRefused: false);
        }
    }

    private static IEnumerable<HostileExport> JsonFiles()
    {
        yield return new("json-valid", "uhri", "json", () => Json("<p>Ensure due process</p>"), MustBeRefused: false);
        yield return new("json-nested-divs-200k", "uhri", "json", () => NestedDivs(200_000));
        yield return new("json-nested-divs-past-depth", "uhri", "json", () => NestedDivs(1_000));
        yield return new("json-deep-arrays", "uhri", "json", () => Encoding.UTF8.GetBytes(new string('[', 100_000) + new string(']', 100_000)));
        yield return new("json-date-past-year-9999", "uhri", "json", () => Json("Text", "/Date(99999999999999999)/"));
        yield return new("json-lone-surrogate", "uhri", "json", () => Json("Ensure \\ud800 due process"));
        yield return new("json-nul", "uhri", "json", () => Json("Ensure \\u0000 due process"));
        yield return new("json-bel", "uhri", "json", () => Json("Ensure \\u0007 due process"));
        yield return new("json-text-1M", "uhri", "json", () => Json(new string('z', 1_000_000)));
        yield return new("json-250k-annotations", "uhri", "json", () => Encoding.UTF8.GetBytes("[" + string.Join(',', Enumerable.Repeat("{}", 250_000)) + "]"));
        yield return new("json-not-a-list", "uhri", "json", () => "\"just a string\""u8.ToArray());
        yield return new("json-huge-number", "uhri", "json", () => Encoding.UTF8.GetBytes($$"""[{"AnnotationId": 1e99999999, "Text": "x", "Countries": ["Spain"], "UprCycle": {{new string('9', 100_000)}}}]"""), MustBeRefused: false);
        yield return new("json-utf16", "uhri", "json", () => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(Json("Ensure due process")))], MustBeRefused: false);
    }

    private static IEnumerable<HostileExport> JsonMutations(Random random)
    {
        var valid = Json("<p>Ensure <b>due</b> process &amp; fair trial</p>");
        for (var i = 0; i < 3; i++)
        {
            var cut = random.Next(1, valid.Length - 1);
            yield return new($"json-truncated-at-{cut}", "uhri", "json", () => valid[..cut], MustBeRefused: false);
        }

        for (var i = 0; i < 4; i++)
        {
            var flips = Enumerable.Range(0, 1 + random.Next(6)).Select(_ => (random.Next(0, valid.Length), (byte)random.Next(256))).ToArray();
            yield return new($"json-random-bytes-{i}", "uhri", "json", () => Flipped(valid, flips), MustBeRefused: false);
        }
    }

    private static IEnumerable<HostileExport> TextFiles()
    {
        yield return new("csv-cell-1M", "upr-info", "csv", () => Csv($"Spain,{new string('w', 1_000_000)},Portugal,Accepted,Poverty,21"));
        yield return new("csv-250k-rows", "upr-info", "csv", () => Csv([.. Enumerable.Range(0, 250_000).Select(i => $"Spain,Text {i},Portugal,Accepted,Poverty,21")]));
        yield return new("csv-2000-columns", "upr-info", "csv", () => Encoding.UTF8.GetBytes(UprInfoHeader + string.Concat(Enumerable.Range(0, 2000).Select(i => $",c{i}")) + "\n"));
        yield return new("csv-bel-in-text", "upr-info", "csv", () => Csv("Spain,Ensure \u0007 due process,Portugal,Accepted,Poverty,21"));
    }

    private const string BillionLaughs = """<!DOCTYPE sst [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>""";

    private static void WriteHeaderRow(TextWriter w) =>
        w.Write($"<row r=\"1\">{string.Concat(Header.Select((v, c) => RawXlsx.InlineCell($"{RawXlsx.ColumnName(c)}1", v)))}</row>");

    private static void WriteRepeated(TextWriter w, char c, long count)
    {
        var chunk = new string(c, 1 << 16);
        for (var left = count; left > 0; left -= chunk.Length)
        {
            w.Write(chunk.AsSpan(0, (int)Math.Min(left, chunk.Length)));
        }
    }

    private static byte[] WorkbookWithPaddedRows(int rows, string column) => RawXlsx.Write(RawXlsx.Sheet(w =>
    {
        WriteHeaderRow(w);
        for (var r = 2; r <= rows + 1; r++)
        {
            w.Write($"""<row r="{r}"><c r="{column}{r}"><v>1</v></c></row>""");
        }
    }));

    private static string SheetWithRowNumber(string rowNumber) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{RawXlsx.Main}"><sheetData><row r="1">{RawXlsx.InlineCell("A1", "To")}{RawXlsx.InlineCell("B1", "Text")}</row><row r="{rowNumber}">{RawXlsx.InlineCell("A2", "Spain")}{RawXlsx.InlineCell("B2", "Adopt a plan.")}</row></sheetData></worksheet>""";

    private static string SheetWithCell(string cell) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{RawXlsx.Main}"><sheetData><row r="1">{RawXlsx.InlineCell("A1", "To")}{RawXlsx.InlineCell("B1", "Text")}</row><row r="2">{RawXlsx.InlineCell("A2", "Spain")}{cell}</row></sheetData></worksheet>""";

    private static byte[] Flipped(byte[] bytes, (int At, byte Value)[] flips)
    {
        var copy = bytes.ToArray();
        foreach (var (at, value) in flips)
        {
            copy[at] = value;
        }

        return copy;
    }

    /// <summary>The workbook with one entry's uncompressed size, in its local header and in the central directory, rewritten to lie.</summary>
    private static byte[] DeclaringSize(byte[] workbook, string entry, uint size)
    {
        var copy = workbook.ToArray();
        var name = Encoding.ASCII.GetBytes(entry);
        for (var i = 0; i + 46 < copy.Length; i++)
        {
            var signature = BitConverter.ToUInt32(copy, i);
            var (nameAt, sizeAt) = signature switch
            {
                0x04034b50 => (i + 30, i + 22),
                0x02014b50 => (i + 46, i + 24),
                _ => (-1, -1),
            };
            if (nameAt > 0 && nameAt + name.Length <= copy.Length && copy.AsSpan(nameAt, name.Length).SequenceEqual(name))
            {
                BitConverter.GetBytes(size).CopyTo(copy, sizeAt);
            }
        }

        return copy;
    }

    private static byte[] WithExtraEntries(byte[] workbook, int count)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            for (var i = 0; i < count; i++)
            {
                zip.CreateEntry(string.Create(CultureInfo.InvariantCulture, $"extra/{i}.bin"), CompressionLevel.NoCompression);
            }
        }

        return stream.ToArray();
    }
}
