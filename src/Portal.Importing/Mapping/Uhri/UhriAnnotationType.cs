namespace Portal.Importing.Mapping.Uhri;

/// <summary>
/// UHRI's `Type` column says what kind of annotation a row is. Its exports mix recommendations with other
/// kinds, such as "Concerns/Observations", written as a "- " list like every other multi-value cell.
/// </summary>
public static class UhriAnnotationType
{
    private static readonly string[] RecommendationTypes = ["recommendation", "recommendations"];

    /// <summary>
    /// Null when the row is a recommendation (or says nothing of its kind); otherwise the kinds it is, as
    /// written, for the report.
    /// </summary>
    public static string? OtherKind(string cell)
    {
        var kinds = MultiValueCell.Split(cell);
        if (kinds.Count == 0 || kinds.Any(k => RecommendationTypes.Contains(k.Trim().ToLowerInvariant())))
        {
            return null;
        }

        return string.Join(", ", kinds);
    }
}
