using Portal.Domain.Methodology;

namespace Portal.Domain.Model;

/// <summary>The closed vocabularies of the data contract.</summary>
public static class Vocabularies
{
    public static Vocabulary<CommitmentStatus> CommitmentStatus { get; } = new();

    public static Vocabulary<AssessmentStatus> AssessmentStatus { get; } = new();

    /// <summary>Computed, not read: the words the published data and the pages use for the on-track bands.</summary>
    public static Vocabulary<OnTrackBand> Band { get; } = new();

    /// <summary>Computed, not read: the words the published data and the pages use for the growth models.</summary>
    public static Vocabulary<GrowthModel> GrowthModel { get; } = new();

    /// <summary>Computed, not read: the words the published data, the pages and the search filter use for verdicts.</summary>
    public static Vocabulary<Verdict> Verdict { get; } = new();

    /// <summary>UPR Info and UHRI exports say "Accepted" where the contract says "supported".</summary>
    public static Vocabulary<RecommendationResponse> Response { get; } =
        new([new("accepted", RecommendationResponse.Supported)]);

    /// <summary>
    /// Mechanisms the portal knows by name. Other values (a regional body, say) are accepted and shown as written.
    /// </summary>
    public static IReadOnlyList<string> KnownMechanisms { get; } =
        ["UPR", "CCPR", "CESCR", "CERD", "CEDAW", "CAT", "CRC", "CMW", "CRPD", "CED", "SP"];
}
