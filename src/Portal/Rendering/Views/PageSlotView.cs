namespace Portal.Rendering.Views;

/// <summary>
/// A place in a pagination bar: a numbered link, or a gap (<see cref="Gap"/> set, <see cref="Url"/> null) whose
/// text tells a screen reader which pages it stands for.
/// </summary>
public sealed record PageSlotView(string Label, string? Url, bool Current, string? Gap);
