namespace Portal.BrowserTests.Infrastructure;

/// <summary>
/// Collects what is wrong across many pages, so one test run reports all of it at once. Playwright raises page events
/// on its own connection thread while the test goes on, so every access takes the lock.
/// </summary>
internal sealed class Failures
{
    private readonly List<string> _lines = [];
    private readonly Lock _gate = new();

    public void Add(string line)
    {
        lock (_gate)
        {
            _lines.Add(line);
        }
    }

    public void AddRange(IEnumerable<string> lines)
    {
        lock (_gate)
        {
            _lines.AddRange(lines);
        }
    }

    public void Check(bool condition, string line)
    {
        if (!condition)
        {
            Add(line);
        }
    }

    public void AssertNone(string what)
    {
        lock (_gate)
        {
            Assert.True(_lines.Count == 0, $"{_lines.Count} {what}:\n" + string.Join('\n', _lines));
        }
    }
}
