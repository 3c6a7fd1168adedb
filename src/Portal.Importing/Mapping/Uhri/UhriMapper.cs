using System.Globalization;
using Portal.Domain.Diagnostics;

namespace Portal.Importing.Mapping.Uhri;

/// <summary>
/// Maps a UHRI export (XLSX, CSV, or JSON already laid out as a table) onto recommendations. The stable id
/// is "uhri-" and OHCHR's annotation id. An annotation that concerns several States becomes one
/// recommendation per State, its id ending in the State's code. Annotations of another type than
/// "Recommendation" are skipped and counted by type. UHRI's annotation pages have no address this could
/// verify, so no link is made from the annotation id.
/// </summary>
public static class UhriMapper
{
    public const string IdPrefix = "uhri-";

    public static MappedExport Map(SourceTable table, DiagnosticBag diagnostics)
    {
        var columns = UhriColumns.Find(table);
        if (!RequiredColumns.Check(
                table, diagnostics, "UHRI", UhriColumns.Expected,
                ("Text", columns.Text), ("Countries Concerned", columns.Countries), ("OHCHR Annotation Id", columns.AnnotationId)))
        {
            return MappedExport.Empty;
        }

        var context = new Context(
            columns,
            new UnmappedValues(),
            table.Date1904,
            DateText.InferOrder(table.Records.Select(r => r.Cell(columns.Date))));
        var rows = table.Records.SelectMany(record => MapRecord(record, context)).ToList();
        return new MappedExport(table.Records.Count, rows, context.Unmapped);
    }

    private static IEnumerable<SourceRow> MapRecord(SourceRecord record, Context context)
    {
        var columns = context.Columns;
        var line = record.Line;
        if (UhriAnnotationType.OtherKind(record.Cell(columns.Type)) is { } kind)
        {
            return [SourceRow.Skipped(line, record.Fingerprint, SkipReason.NotARecommendation, kind)];
        }

        var (text, paragraph) = UhriText.Split(record.Cell(columns.Text));
        if (text.Length == 0)
        {
            return [SourceRow.Skipped(line, record.Fingerprint, SkipReason.NoText)];
        }

        var annotationId = TextCleaner.Clean(record.Cell(columns.AnnotationId));
        if (annotationId.Length == 0)
        {
            return [SourceRow.Skipped(line, record.Fingerprint, SkipReason.NoId, "no OHCHR annotation id")];
        }

        var countryNames = MultiValueCell.Split(record.Cell(columns.Countries));
        var countries = Countries(countryNames, line, context.Unmapped);
        if (countries.Count == 0)
        {
            return [SourceRow.Skipped(line, record.Fingerprint, SkipReason.UnknownCountry, string.Join(", ", countryNames))];
        }

        var symbol = TextCleaner.Clean(record.Cell(columns.Symbol));
        var isUpr = record.Cell(columns.Position).Length > 0 || record.Cell(columns.RecommendingStates).Length > 0 || record.Cell(columns.Session).Length > 0;
        var mechanism = Mechanism(record.Cell(columns.Body), symbol, isUpr, line, context.Unmapped);
        if (mechanism is null)
        {
            return [SourceRow.Skipped(line, record.Fingerprint, SkipReason.NoMechanism, "no recommending body")];
        }

        var session = Numbers.FirstInteger(record.Cell(columns.Session));
        var template = new ImportedRecommendation
        {
            Id = IdPrefix + annotationId,
            Text = text,
            Country = countries[0],
            Mechanism = mechanism,
            Body = mechanism == "SP" ? SpecialProcedureMandate.Of(MultiValueCell.Split(record.Cell(columns.Body)).FirstOrDefault()) : null,
            Symbol = symbol.Length > 0 ? symbol : null,
            Paragraph = paragraph,
            Session = session?.ToString(CultureInfo.InvariantCulture),
            Cycle = Cycle(record.Cell(columns.Cycle), session, mechanism),
            Date = Date(record.Cell(columns.Date), line, context),
            RecommendingState = RecommendingStates(record.Cell(columns.RecommendingStates), line, context.Unmapped),
            Response = Response(record.Cell(columns.Position), line, context.Unmapped),
            Themes = [.. MultiValueCell.Split(record.Cell(columns.Themes)).Distinct(StringComparer.OrdinalIgnoreCase)],
            AffectedPersons = MultiValueCell.Split(record.Cell(columns.AffectedPersons)),
            Sdgs = Sdgs(record.Cell(columns.Sdgs), line, context.Unmapped),
            Url = UnDocumentLink.For(symbol),
        };

        if (countries.Count == 1)
        {
            return [SourceRow.Mapped(line, record.Fingerprint, template)];
        }

        return countries.Select(country => SourceRow.Mapped(
            line,
            record.Fingerprint + '\u001F' + country,
            template with { Id = $"{IdPrefix}{annotationId}-{country.ToLowerInvariant()}", Country = country }));
    }

    private static List<string> Countries(IReadOnlyList<string> names, int line, UnmappedValues unmapped)
    {
        var codes = new List<string>();
        foreach (var name in names)
        {
            if (CountryNames.Find(name) is { } code)
            {
                if (!codes.Contains(code))
                {
                    codes.Add(code);
                }
            }
            else
            {
                unmapped.Add("country concerned", name, line, "left out");
            }
        }

        if (names.Count == 0)
        {
            unmapped.Add("country concerned", "(empty)", line, "row skipped");
        }

        return codes;
    }

    /// <summary>The body's code; failing that, UPR for a row with UPR columns, or the treaty body its symbol names; else the body as written.</summary>
    private static string? Mechanism(string cell, string symbol, bool isUpr, int line, UnmappedValues unmapped)
    {
        var body = MultiValueCell.Split(cell).FirstOrDefault() ?? string.Empty;
        if (MechanismNames.Find(body) is { } code)
        {
            return code;
        }

        if (body.Length > 0)
        {
            unmapped.Add("recommending body", body, line, "kept as written");
            return body;
        }

        return isUpr ? "UPR" : MechanismNames.FromSymbol(symbol);
    }

    private static int? Cycle(string cell, int? session, string mechanism)
    {
        if (Numbers.FirstInteger(cell) is { } cycle and >= 1 and <= 99)
        {
            return cycle;
        }

        return mechanism == "UPR" && session is { } number ? UprCycle.FromSession(number) : null;
    }

    private static string? Date(string cell, int line, Context context)
    {
        var text = TextCleaner.Clean(cell);
        if (text.Length == 0)
        {
            return null;
        }

        if (DateText.TryParse(text, context.Date1904, context.DateOrder, out var iso))
        {
            return iso;
        }

        context.Unmapped.Add("document publication date", text, line, "left empty");
        return null;
    }

    private static string? RecommendingStates(string cell, int line, UnmappedValues unmapped)
    {
        var names = MultiValueCell.Split(cell);
        foreach (var name in names.Where(n => CountryNames.Find(n) is null))
        {
            unmapped.Add("recommending State", name, line, "kept as written");
        }

        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static string? Response(string cell, int line, UnmappedValues unmapped)
    {
        var words = new List<string>();
        foreach (var position in MultiValueCell.Split(cell))
        {
            if (ResponseWords.Find(position) is { } word)
            {
                words.Add(word);
            }
            else if (!ResponseWords.IsBlank(position))
            {
                unmapped.Add("UPR position", position, line, "left empty");
            }
        }

        return ResponseWords.Combine(words);
    }

    private static List<string> Sdgs(string cell, int line, UnmappedValues unmapped)
    {
        var codes = new List<string>();
        foreach (var label in MultiValueCell.Split(cell))
        {
            if (SdgCodes.Parse(label) is { } code)
            {
                if (!codes.Contains(code))
                {
                    codes.Add(code);
                }
            }
            else
            {
                unmapped.Add("SDG", label, line, "left out");
            }
        }

        return codes;
    }

    private sealed record Context(UhriColumns Columns, UnmappedValues Unmapped, bool Date1904, DayMonthOrder DateOrder);
}
