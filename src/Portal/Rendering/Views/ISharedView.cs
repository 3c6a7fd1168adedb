namespace Portal.Rendering.Views;

/// <summary>
/// A view built once a build and shown on many pages, such as a commitment's item in every list that holds it.
/// It never changes once built, so a partial that depends on its model alone renders it once and shares the HTML.
/// </summary>
public interface ISharedView;
