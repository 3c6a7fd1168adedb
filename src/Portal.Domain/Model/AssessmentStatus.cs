namespace Portal.Domain.Model;

/// <summary>Where a city stands on one element of the framework.</summary>
public enum AssessmentStatus
{
    InPlace,
    InProgress,
    Planned,
    NotInPlace,
}
