namespace Portal.Domain.Methodology;

/// <summary>The on-track assessment Open SDG uses, after Statistics Canada.</summary>
public enum OnTrackBand
{
    TargetAchieved,
    OnTrack,
    ModerateProgress,
    LimitedProgress,
    Deterioration,
    NotAssessable,
}
