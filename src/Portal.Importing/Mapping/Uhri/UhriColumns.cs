namespace Portal.Importing.Mapping.Uhri;

/// <summary>
/// Where the columns of a UHRI export are. OHCHR spells "Recommending" as "Reccomending" in its exports;
/// both spellings are read.
/// </summary>
internal sealed record UhriColumns
{
    public const string Expected =
        "Text, Countries Concerned, Reccomending Body, Document Symbol, Themes, Affected Persons, Sdgs, Document Publication Date, "
        + "UPR Reccomending States, UPR Position, Type, OHCHR Annotation Id, UPR Session";

    public int? Text { get; init; }
    public int? Countries { get; init; }
    public int? Body { get; init; }
    public int? Symbol { get; init; }
    public int? Themes { get; init; }
    public int? AffectedPersons { get; init; }
    public int? Sdgs { get; init; }
    public int? Date { get; init; }
    public int? RecommendingStates { get; init; }
    public int? Position { get; init; }
    public int? AnnotationId { get; init; }
    public int? Session { get; init; }
    public int? Cycle { get; init; }
    public int? Type { get; init; }

    public static UhriColumns Find(SourceTable table) => new()
    {
        Text = table.IndexOf("Text"),
        Countries = table.IndexOf("Countries Concerned", "Country Concerned", "Countries", "Country"),
        Body = table.IndexOf("Reccomending Body", "Recommending Body", "Body"),
        Symbol = table.IndexOf("Document Symbol", "Symbol"),
        Themes = table.IndexOf("Themes"),
        AffectedPersons = table.IndexOf("Affected Persons", "Groups of Persons"),
        Sdgs = table.IndexOf("Sdgs"),
        Date = table.IndexOf("Document Publication Date", "Publication Date"),
        RecommendingStates = table.IndexOf(
            "UPR Reccomending States", "UPR Recommending States", "UPR Reccomending State", "UPR Recommending State", "Recommending States"),
        Position = table.IndexOf("UPR Position", "UPR Positions"),
        AnnotationId = table.IndexOf("OHCHR Annotation Id", "Annotation Id"),
        Session = table.IndexOf("UPR Session"),
        Cycle = table.IndexOf("UPR Cycle"),
        Type = table.IndexOf("Type", "Annotation Type"),
    };
}
