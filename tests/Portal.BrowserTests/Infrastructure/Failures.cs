namespace Portal.BrowserTests.Infrastructure;

/// <summary>Collects what is wrong across many pages, so one test run reports all of it at once.</summary>
internal sealed class Failures
{
    private readonly List<string> _lines = [];

    public void Add(string line) => _lines.Add(line);

    public void AddRange(IEnumerable<string> lines) => _lines.AddRange(lines);

    public void Check(bool condition, string line)
    {
        if (!condition)
        {
            _lines.Add(line);
        }
    }

    public void AssertNone(string what) =>
        Assert.True(_lines.Count == 0, $"{_lines.Count} {what}:\n" + string.Join('\n', _lines));
}
