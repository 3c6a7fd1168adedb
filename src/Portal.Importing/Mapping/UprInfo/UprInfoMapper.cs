using System.Globalization;
using Portal.Domain.Diagnostics;
using Portal.Domain.Model.Sessions;

namespace Portal.Importing.Mapping.UprInfo;

/// <summary>
/// Maps a UPR Info database export (To, Text, From, Response, Issue, Session, ...; or today's State under
/// review, Recommending State, Recommendation, ...) onto recommendations: the State under review to its ISO
/// code, Accepted/Noted onto the contract's responses, voluntary pledges and general responses skipped as
/// the State's own statements, the comma-joined issues onto themes, the session onto its UPR cycle and its
/// date (<see cref="UprSessionCalendar"/>). UPR Info has no ids, so the stable id is a hash of the State,
/// the session, the recommending State and the normalised text.
/// </summary>
public static class UprInfoMapper
{
    public const string IdPrefix = "upr-info-";

    /// <summary>UPR Info writes "(Unknown)" where it does not know the recommending State.</summary>
    private static readonly string[] UnknownStates = ["(unknown)", "unknown", "n/a"];

    /// <summary>
    /// Responses that mark a row as the State's own statement rather than a recommendation made to it: UPR
    /// Info lists voluntary pledges, and general responses, among the recommendations.
    /// </summary>
    private static readonly string[] StateStatements = ["voluntary pledge", "voluntary pledges", "pledge", "general response", "general responses"];

    public static MappedExport Map(SourceTable table, DiagnosticBag diagnostics)
    {
        var columns = UprInfoColumns.Find(table);
        if (!RequiredColumns.Check(table, diagnostics, "UPR Info", UprInfoColumns.Expected, (UprInfoColumns.StateUnderReview, columns.To), (UprInfoColumns.Recommendation, columns.Text)))
        {
            return MappedExport.Empty;
        }

        var unmapped = new UnmappedValues();
        var rows = table.Records.Select(record => MapRecord(record, columns, unmapped)).ToList();
        return new MappedExport(table.Records.Count, rows, unmapped);
    }

    private static SourceRow MapRecord(SourceRecord record, UprInfoColumns columns, UnmappedValues unmapped)
    {
        var line = record.Line;
        var response = TextCleaner.Clean(record.Cell(columns.Response));
        if (StateStatements.Contains(response.ToLowerInvariant()))
        {
            return SourceRow.Skipped(line, record.Fingerprint, SkipReason.NotARecommendation, response);
        }

        var text = TextCleaner.Clean(record.Cell(columns.Text));
        if (text.Length == 0)
        {
            return SourceRow.Skipped(line, record.Fingerprint, SkipReason.NoText);
        }

        var stateName = TextCleaner.Clean(record.Cell(columns.To));
        if (CountryNames.Find(stateName) is not { } country)
        {
            unmapped.Add("State under review", stateName.Length == 0 ? "(empty)" : stateName, line, "row skipped");
            return SourceRow.Skipped(line, record.Fingerprint, SkipReason.UnknownCountry, stateName);
        }

        var session = Session(record.Cell(columns.Session), line, unmapped);
        var (recommendingState, recommenderKey) = RecommendingState(record.Cell(columns.From), line, unmapped);
        var recommendation = new ImportedRecommendation
        {
            Id = StableId.UprInfo(country, session?.ToString(CultureInfo.InvariantCulture), recommenderKey, text),
            Text = text,
            Country = country,
            Mechanism = "UPR",
            Session = session?.ToString(CultureInfo.InvariantCulture),
            Cycle = Cycle(session, line, unmapped),
            Date = session is { } number ? UprSessionCalendar.Find(number)?.Start.ToString() : null,
            RecommendingState = recommendingState,
            Response = Response(record.Cell(columns.Response), line, unmapped),
            Themes = Themes(record.Cell(columns.Issue)),
        };
        return SourceRow.Mapped(line, record.Fingerprint, recommendation);
    }

    private static int? Session(string cell, int line, UnmappedValues unmapped)
    {
        var text = TextCleaner.Clean(cell);
        var session = Numbers.FirstInteger(text);
        if (text.Length > 0 && session is null)
        {
            unmapped.Add("session", text, line, "left empty");
        }

        return session;
    }

    private static int? Cycle(int? session, int line, UnmappedValues unmapped)
    {
        if (session is not { } number)
        {
            return null;
        }

        var cycle = UprSessionCalendar.Find(number)?.Cycle ?? UprCycle.FromSession(number);
        if (cycle is null)
        {
            unmapped.Add("cycle of session", number.ToString(CultureInfo.InvariantCulture), line, "left empty: sessions 1-54 are cycles 1-4");
        }

        return cycle;
    }

    /// <summary>The name as UPR Info writes it, and what the stable id uses: its ISO code where there is one, so a renamed State keeps its ids.</summary>
    private static (string? Name, string Key) RecommendingState(string cell, int line, UnmappedValues unmapped)
    {
        var name = TextCleaner.Clean(cell);
        if (name.Length == 0)
        {
            return (null, string.Empty);
        }

        if (UnknownStates.Contains(name.ToLowerInvariant()))
        {
            unmapped.Add("recommending State", name, line, "left empty");
            return (null, string.Empty);
        }

        if (CountryNames.Find(name) is { } code)
        {
            return (name, code);
        }

        unmapped.Add("recommending State", name, line, "kept as written");
        return (name, CountryNames.Key(name));
    }

    private static string? Response(string cell, int line, UnmappedValues unmapped)
    {
        var text = TextCleaner.Clean(cell);
        var word = ResponseWords.Find(text);
        if (word is null && !ResponseWords.IsBlank(text))
        {
            unmapped.Add("response", text, line, "left empty");
        }

        return word;
    }

    /// <summary>UPR Info joins its issue labels with commas; each is kept as written, for the theme list to gather.</summary>
    private static List<string> Themes(string cell) =>
        [.. TextCleaner.Clean(cell)
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)];
}
