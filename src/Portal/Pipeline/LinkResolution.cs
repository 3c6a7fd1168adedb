namespace Portal.Pipeline;

/// <summary>What a link resolves to: a place on the site, a reason it cannot lead anywhere once deployed, or neither when it leaves the site.</summary>
internal readonly record struct LinkResolution(LinkTarget? Target, string? Problem)
{
    public static LinkResolution LeavesTheSite => default;

    public static LinkResolution To(string path, string? fragment) => new(new LinkTarget(path, fragment), null);

    public static LinkResolution Broken(string problem) => new(null, problem);
}
