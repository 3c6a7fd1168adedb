using Portal.Rendering.Views;

namespace Portal.Rendering.Listings;

/// <summary>
/// A way to browse a list, such as recommendations by mechanism. An item may have several values (a
/// recommendation with two themes is listed under both) or none (it is then only in the full list).
/// </summary>
internal sealed record Facet<T>(string Key, Func<ViewFactory, T, IEnumerable<FacetValue>> ValuesOf);
