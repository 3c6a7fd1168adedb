using System.Globalization;

namespace Portal.Domain.Model.Sessions;

/// <summary>
/// The UPR Working Group's sessions, from upr-sessions.csv compiled into this assembly (its header names the
/// source). Exports name a session by its number, often with its month ("44 - November 2023").
/// </summary>
public static class UprSessionCalendar
{
    private const string ResourceName = "Portal.Domain.upr-sessions.csv";

    private static readonly Lazy<IReadOnlyDictionary<int, UprSession>> Sessions = new(Load);

    /// <summary>Every session the calendar knows, in order.</summary>
    public static IReadOnlyList<UprSession> All => [.. Sessions.Value.Values.OrderBy(s => s.Number)];

    public static UprSession? Find(int session) => Sessions.Value.GetValueOrDefault(session);

    /// <summary>The session a cell names by its leading number ("44", "44 - November 2023", "44th"), or null.</summary>
    public static UprSession? Find(string? text) => LeadingNumber(text) is { } number ? Find(number) : null;

    private static int? LeadingNumber(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        var digits = trimmed.TakeWhile(char.IsAsciiDigit).Count();
        return digits is > 0 and <= 4 ? int.Parse(trimmed[..digits], CultureInfo.InvariantCulture) : null;
    }

    private static IReadOnlyDictionary<int, UprSession> Load()
    {
        using var stream = typeof(UprSessionCalendar).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is not compiled into {typeof(UprSessionCalendar).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Reads the calendar's lines: comments start with '#', then a header, then "session,cycle,start".</summary>
    private static IReadOnlyDictionary<int, UprSession> Parse(string csv)
    {
        var lines = csv.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith('#'))
            .Skip(1);
        var sessions = new Dictionary<int, UprSession>();
        foreach (var line in lines)
        {
            var cells = line.Split(',');
            if (cells.Length != 3
                || !int.TryParse(cells[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                || !int.TryParse(cells[1], NumberStyles.None, CultureInfo.InvariantCulture, out var cycle)
                || !PartialDate.TryParse(cells[2], out var start))
            {
                throw new InvalidDataException($"{ResourceName}: \"{line}\" is not session,cycle,start.");
            }

            sessions.Add(number, new UprSession(number, cycle, start));
        }

        return sessions;
    }
}
