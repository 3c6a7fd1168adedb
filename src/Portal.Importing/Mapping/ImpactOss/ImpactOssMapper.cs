using System.Text.RegularExpressions;
using Portal.Domain.Diagnostics;

namespace Portal.Importing.Mapping.ImpactOss;

/// <summary>
/// Maps an IMPACT OSS list export of recommendations onto recommendations: its "Human rights body",
/// "Cycle", "Recommending state", "Human rights issue", "Affected persons" and "SDGs" taxonomies and its
/// support level. IMPACT OSS serves one State, and its export does not name it: the State comes from
/// a country column if there is one, or else from --country. The stable id is "impact-oss-" and its id.
/// Drafts and rows not public in IMPACT OSS are skipped, so an import never publishes what its owners have not.
/// The client's CSV export has the columns id, draft, reference, title, description, response, support_level,
/// then one per taxonomy (human_rights_bodies, reporting_cycles, recommending_states, human_rights_issues,
/// affected_persons, thematic_clusters, sustainable_development_goals) and connected_actions; its seeds name
/// UPR cycles by year ("Universal Periodic Review 2024 [UPR-2024]") and bodies by covenant ("[ICCPR]").
/// </summary>
public static partial class ImpactOssMapper
{
    public const string IdPrefix = "impact-oss-";

    private static readonly string[] OrdinalWords = ["first", "second", "third", "fourth", "fifth", "sixth"];

    /// <summary>True when the export says which State each row is about; otherwise the importer must be told.</summary>
    public static bool NamesItsState(SourceTable table) => ImpactOssColumns.Find(table).Country is not null;

    public static MappedExport Map(SourceTable table, string? state, DiagnosticBag diagnostics)
    {
        var columns = ImpactOssColumns.Find(table);
        if (!RequiredColumns.Check(table, diagnostics, "IMPACT OSS", ImpactOssColumns.Expected, ("id", columns.Id), ("title", columns.Title ?? columns.Description)))
        {
            return MappedExport.Empty;
        }

        var unmapped = new UnmappedValues();
        var rows = table.Records.Select(record => MapRecord(record, columns, state, unmapped)).ToList();
        return new MappedExport(table.Records.Count, rows, unmapped);
    }

    private static SourceRow MapRecord(SourceRecord record, ImpactOssColumns columns, string? state, UnmappedValues unmapped)
    {
        var line = record.Line;
        var fingerprint = record.Fingerprint;
        var id = TextCleaner.Clean(record.Cell(columns.Id));
        if (id.Length == 0)
        {
            return SourceRow.Skipped(line, fingerprint, SkipReason.NoId, "no IMPACT OSS id");
        }

        if (IsFalse(record.Cell(columns.Public)) || IsTrue(record.Cell(columns.Draft)))
        {
            return SourceRow.Skipped(line, fingerprint, SkipReason.NotPublic, "draft or not public in IMPACT OSS");
        }

        var text = TextCleaner.Clean(record.Cell(columns.Description));
        text = text.Length > 0 ? text : TextCleaner.Clean(record.Cell(columns.Title));
        if (text.Length == 0)
        {
            return SourceRow.Skipped(line, fingerprint, SkipReason.NoText);
        }

        var country = Country(record.Cell(columns.Country), columns.Country is null ? state : null, line, unmapped);
        if (country is null)
        {
            return SourceRow.Skipped(line, fingerprint, SkipReason.UnknownCountry, TextCleaner.Clean(record.Cell(columns.Country)));
        }

        var mechanism = Mechanism(record.Cell(columns.Body), line, unmapped);
        if (mechanism is null)
        {
            return SourceRow.Skipped(line, fingerprint, SkipReason.NoMechanism, "no human rights body");
        }

        var reference = TextCleaner.Clean(record.Cell(columns.Reference));
        var (withoutNumber, number) = LeadingParagraph.Split(text);
        if (reference.Length == 0 && number is not null)
        {
            (text, reference) = (withoutNumber, number);
        }

        var recommendation = new ImportedRecommendation
        {
            Id = IdPrefix + id,
            Text = text,
            Country = country,
            Mechanism = mechanism,
            Paragraph = reference.Length > 0 ? reference : null,
            Cycle = mechanism == "UPR" ? Cycle(record.Cell(columns.Cycle), line, unmapped) : null,
            RecommendingState = RecommendingState(record.Cell(columns.RecommendingState), line, unmapped),
            Response = Response(record.Cell(columns.SupportLevel), columns.SupportLevel is not null, line, unmapped),
            Themes = [.. TaxonomyValue.ParseAll(record.Cell(columns.Issues)).Select(v => v.Title).Distinct(StringComparer.OrdinalIgnoreCase)],
            AffectedPersons = [.. TaxonomyValue.ParseAll(record.Cell(columns.AffectedPersons)).Select(v => v.Title)],
            Sdgs = Sdgs(record.Cell(columns.Sdgs), line, unmapped),
        };
        return SourceRow.Mapped(line, fingerprint, recommendation);
    }

    private static string? Country(string cell, string? state, int line, UnmappedValues unmapped)
    {
        if (state is not null)
        {
            return state;
        }

        var name = TextCleaner.Clean(cell);
        if (CountryNames.Find(name) is { } code)
        {
            return code;
        }

        unmapped.Add("country", name.Length == 0 ? "(empty)" : name, line, "row skipped");
        return null;
    }

    /// <summary>The body's short title when it is a contract code (CRC), else its title looked up, else the title as written.</summary>
    private static string? Mechanism(string cell, int line, UnmappedValues unmapped)
    {
        var body = TaxonomyValue.ParseAll(cell).FirstOrDefault();
        if (body is null)
        {
            return null;
        }

        var code = MechanismNames.Find(body.Short) ?? MechanismNames.Find(body.Title);
        if (code is not null)
        {
            return code;
        }

        unmapped.Add("human rights body", body.Title, line, "kept as written");
        return body.Title;
    }

    /// <summary>The latest cycle a recommendation is tagged with, read from "3", "Cycle 3", "3rd cycle" or "Third cycle".</summary>
    private static int? Cycle(string cell, int line, UnmappedValues unmapped)
    {
        int? latest = null;
        foreach (var value in TaxonomyValue.ParseAll(cell))
        {
            var year = Year(value.Short) ?? Year(value.Title);
            var cycle = year is { } y ? UprCycle.FromYear(y) : CycleNumber(value.Short) ?? CycleNumber(value.Title);
            if (cycle is null)
            {
                var outcome = year is null ? "left empty" : "left empty: that year held sessions of two cycles, or of none known";
                unmapped.Add("cycle", value.Title, line, outcome);
                continue;
            }

            latest = Math.Max(latest ?? 0, cycle.Value);
        }

        return latest;
    }

    /// <summary>The year a cycle is named by ("Universal Periodic Review 2024", "UPR-2024"), or null.</summary>
    private static int? Year(string? label)
    {
        var match = label is null ? Match.Empty : YearInLabel().Match(label);
        return match.Success ? int.Parse(match.Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static int? CycleNumber(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var lower = label.ToLowerInvariant();
        var word = Array.FindIndex(OrdinalWords, w => lower.Contains(w, StringComparison.Ordinal));
        if (word >= 0)
        {
            return word + 1;
        }

        return Numbers.FirstInteger(lower) is { } number and >= 1 and <= 9 ? number : null;
    }

    private static string? RecommendingState(string cell, int line, UnmappedValues unmapped)
    {
        var names = TaxonomyValue.ParseAll(cell).Select(v => v.Title).ToList();
        foreach (var name in names.Where(n => CountryNames.Find(n) is null))
        {
            unmapped.Add("recommending state", name, line, "kept as written");
        }

        return names.Count == 0 ? null : string.Join(", ", names);
    }

    /// <summary>
    /// The support level as a contract word. IMPACT OSS's client writes the level as <c>value || ''</c>, so
    /// "Noted" (0) and "not set" both come out as an empty cell: an empty level is unknown, and reported so.
    /// </summary>
    private static string? Response(string cell, bool exported, int line, UnmappedValues unmapped)
    {
        var text = TextCleaner.Clean(cell);
        if (exported && text.Length == 0)
        {
            unmapped.Add("support level", "(empty)", line, "left empty: IMPACT OSS writes Noted (0) and no level alike as an empty cell");
            return null;
        }

        var word = ResponseWords.Find(text, acceptSupportLevels: true);
        if (word is null && !ResponseWords.IsBlank(text))
        {
            unmapped.Add("support level", text, line, "left empty");
        }

        return word;
    }

    private static List<string> Sdgs(string cell, int line, UnmappedValues unmapped)
    {
        var codes = new List<string>();
        foreach (var value in TaxonomyValue.ParseAll(cell))
        {
            if ((SdgCodes.Parse(value.Short) ?? SdgCodes.Parse(value.Title)) is { } code)
            {
                if (!codes.Contains(code))
                {
                    codes.Add(code);
                }
            }
            else
            {
                unmapped.Add("SDG", value.Title, line, "left out");
            }
        }

        return codes;
    }

    [GeneratedRegex(@"(?<!\d)(19|20)\d\d(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearInLabel();

    private static bool IsFalse(string cell) => TextCleaner.Clean(cell).ToLowerInvariant() is "false" or "no" or "0";

    private static bool IsTrue(string cell) => TextCleaner.Clean(cell).ToLowerInvariant() is "true" or "yes" or "1";
}
