namespace Portal.Domain.Methodology;

/// <summary>One value of an indicator at a point in time, in fractional years.</summary>
public readonly record struct Observation(double Year, double Value);
