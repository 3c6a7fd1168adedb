namespace Portal.Domain.Model;

/// <summary>How the State under review responded to a recommendation.</summary>
public enum RecommendationResponse
{
    Supported,
    SupportedInPart,
    Noted,
    Pending,
}
