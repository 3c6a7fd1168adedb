namespace Portal.Pipeline;

/// <summary>What a build did to the output folder, which tells <c>serve</c> whether the search index fell behind the pages.</summary>
public enum OutputChange
{
    /// <summary>Nothing: the build failed before swapping in its staged folder, or an edit changed no record.</summary>
    None,

    /// <summary>A staged folder, search index included, replaced the output as a whole.</summary>
    Replaced,

    /// <summary>A rebuild wrote and removed files in the served output itself.</summary>
    ChangedInPlace,
}
