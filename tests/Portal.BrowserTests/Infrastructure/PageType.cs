namespace Portal.BrowserTests.Infrastructure;

/// <summary>One page of a page type: a short name for messages and screenshot files, and its address.</summary>
public sealed record PageType(string Name, string Path)
{
    public override string ToString() => $"{Name} ({Path})";
}
