using Portal.TextFiles.Csv;

namespace Portal.Importing.Mapping;

/// <summary>The columns of recommendations.csv in the contract's order, and how an imported recommendation fills them.</summary>
public static class RecommendationColumns
{
    public const string Id = "id";
    public const string Country = "country";

    /// <summary>Written by hand only: no export gives one, so an import leaves it empty and the merge keeps what is there.</summary>
    public const string Title = "title";

    public static IReadOnlyList<string> All { get; } =
    [
        Id, "text", Country, "mechanism", "body", "symbol", "paragraph", "cycle", "session", "date",
        "recommending_state", "response", "themes", "sdgs", "affected_persons", "url", Title,
    ];

    /// <summary>Multi-value columns: a re-import adds to them and never takes away what is there.</summary>
    public static bool IsList(string column) =>
        column.Equals("themes", StringComparison.OrdinalIgnoreCase)
        || column.Equals("sdgs", StringComparison.OrdinalIgnoreCase)
        || column.Equals("affected_persons", StringComparison.OrdinalIgnoreCase);

    /// <summary>The cells of a row for an imported recommendation, keyed by column.</summary>
    public static Dictionary<string, string> CellsOf(ImportedRecommendation recommendation) =>
        new(StringComparer.OrdinalIgnoreCase)
        {
            [Id] = recommendation.Id,
            ["text"] = recommendation.Text,
            [Country] = recommendation.Country,
            ["mechanism"] = recommendation.Mechanism,
            ["body"] = recommendation.Body ?? string.Empty,
            ["symbol"] = recommendation.Symbol ?? string.Empty,
            ["paragraph"] = recommendation.Paragraph ?? string.Empty,
            ["cycle"] = recommendation.Cycle?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
            ["session"] = recommendation.Session ?? string.Empty,
            ["date"] = recommendation.Date ?? string.Empty,
            ["recommending_state"] = recommendation.RecommendingState ?? string.Empty,
            ["response"] = recommendation.Response ?? string.Empty,
            ["themes"] = JoinList(recommendation.Themes),
            ["sdgs"] = JoinList(recommendation.Sdgs),
            ["affected_persons"] = JoinList(recommendation.AffectedPersons),
            ["url"] = recommendation.Url ?? string.Empty,
            [Title] = string.Empty,
        };

    public static IReadOnlyList<string> SplitList(string cell) => ListCell.Split(cell);

    /// <summary>Values joined with the list separator; a separator inside a value is escaped (<c>\;</c>), never rewritten, so the build reads the value back whole.</summary>
    public static string JoinList(IEnumerable<string> values) => ListCell.Join(values);
}
