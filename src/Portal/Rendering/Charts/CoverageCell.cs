using Portal.Domain.Model;

namespace Portal.Rendering.Charts;

/// <summary>One element of the framework in a coverage strip: its number, its pillar (0, 1, ...), and a city's assessment of it.</summary>
internal sealed record CoverageCell(int Number, int Pillar, string Element, AssessmentStatus? Status, string StatusLabel);
