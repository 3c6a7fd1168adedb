namespace Portal.Rendering.Charts;

/// <summary>
/// A moment an indicator chart marks with a labelled vertical line, such as the commitment's due date or the date
/// the ratings are calculated for. <paramref name="Kind"/> names its CSS class.
/// </summary>
internal sealed record TimeMarker(string Kind, double Year, string Label);
