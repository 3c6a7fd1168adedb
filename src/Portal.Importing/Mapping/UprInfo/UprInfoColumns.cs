namespace Portal.Importing.Mapping.UprInfo;

/// <summary>
/// Where the columns of a UPR Info database export are in a file. Two shapes are read: the 2008-2014 export
/// (To, Text, From, Response, Issue, Session) and the database online today (State under review,
/// Recommending State, Recommendation, Response, Issues, Session, Action category). Titles are matched
/// loosely: case, spaces and punctuation do not count, so "State Under Review", "state_under_review" and
/// "State under review:" are one column.
/// </summary>
internal sealed record UprInfoColumns(int? To, int? Text, int? From, int? Response, int? Issue, int? Session)
{
    public const string StateUnderReview = "To (or State under review)";
    public const string Recommendation = "Text (or Recommendation)";

    public const string Expected =
        "To, Text, From, Response, Action, Issue, Session (2008-2014); "
        + "or State under review, Recommending State, Recommendation, Response, Issues, Session, Action category (today's database)";

    public static UprInfoColumns Find(SourceTable table)
    {
        var titles = table.Columns.Select(LooseTitle).ToList();
        int? Find(params string[] names)
        {
            foreach (var name in names)
            {
                var index = titles.IndexOf(LooseTitle(name));
                if (index >= 0)
                {
                    return index;
                }
            }

            return null;
        }

        return new UprInfoColumns(
            To: Find("To", "State under review", "SuR"),
            Text: Find("Text", "Recommendation", "Recommendations"),
            From: Find("From", "Recommending State", "Recommending States", "Recommending country"),
            Response: Find("Response", "Position", "Response of the State"),
            Issue: Find("Issue", "Issues", "Theme", "Themes"),
            Session: Find("Session", "UPR Session", "Session number"));
    }

    /// <summary>A column title with only its letters and digits, in lower case.</summary>
    private static string LooseTitle(string title) =>
        new([.. title.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
