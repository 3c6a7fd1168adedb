namespace Portal.Importing.Mapping;

/// <summary>Why a row of an export did not become a recommendation. Every row read is imported or skipped for one of these.</summary>
public enum SkipReason
{
    /// <summary>Every cell equals those of an earlier row.</summary>
    ExactDuplicate,

    /// <summary>Another row gave the same stable id; its list values were merged into that row.</summary>
    SameRecommendation,

    NoText,

    /// <summary>The State the recommendation is addressed to has a name that maps to no ISO 3166-1 code.</summary>
    UnknownCountry,

    /// <summary>No mechanism could be told from the row.</summary>
    NoMechanism,

    /// <summary>No stable id could be made, e.g. a UHRI row without an annotation id.</summary>
    NoId,

    /// <summary>The row is a draft or private in the tool it was exported from.</summary>
    NotPublic,

    /// <summary>The recommendation is addressed to a State that --country did not choose.</summary>
    OtherCountry,

    /// <summary>
    /// The row is not a recommendation: another kind of UHRI annotation ("Concerns/Observations"), or the
    /// State's own statement in a UPR export (a voluntary pledge). The detail names the kind; the report counts each kind.
    /// </summary>
    NotARecommendation,
}
