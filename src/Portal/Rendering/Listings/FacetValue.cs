namespace Portal.Rendering.Listings;

/// <summary>One value of a facet: its URL slug, what the page shows, and where it sorts among its siblings.</summary>
internal sealed record FacetValue(string Slug, string Label, string SortKey);
