using Portal.Domain.Model;

namespace Portal.Rendering.Views;

/// <summary>A framework element with its number (1, 2, ... in the framework's order) and the index of its pillar (0, 1, ...).</summary>
internal sealed record NumberedElement(int Number, int Pillar, FrameworkElement Element);
