namespace Portal.Importing.Mapping;

/// <summary>
/// Maps the response vocabularies of UHRI ("Supported", "Noted"), UPR Info ("Accepted", "Noted",
/// "Voluntary Pledge") and IMPACT OSS ("Supported in part", or its support levels 0, 1 and 2) onto the
/// contract's words: supported, supported-in-part, noted, pending.
/// </summary>
public static class ResponseWords
{
    public const string Supported = "supported";
    public const string SupportedInPart = "supported-in-part";
    public const string Noted = "noted";
    public const string Pending = "pending";

    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["supported"] = Supported,
        ["support"] = Supported,
        ["accepted"] = Supported,
        ["accept"] = Supported,
        ["fully supported"] = Supported,
        ["supports"] = Supported,

        // A voluntary pledge is a commitment the State made itself: it supports it by definition.
        ["voluntary pledge"] = Supported,

        ["supported in part"] = SupportedInPart,
        ["partially supported"] = SupportedInPart,
        ["partly supported"] = SupportedInPart,
        ["partially accepted"] = SupportedInPart,
        ["accepted in part"] = SupportedInPart,
        ["supported/noted"] = SupportedInPart,
        ["supported / noted"] = SupportedInPart,

        ["noted"] = Noted,
        ["not supported"] = Noted,
        ["not accepted"] = Noted,

        // Since the second cycle the UN says "noted" where the first cycle said "rejected".
        ["rejected"] = Noted,

        ["pending"] = Pending,
        ["no response"] = Pending,
        ["awaiting response"] = Pending,
        ["response pending"] = Pending,
        ["no position"] = Pending,
    };

    /// <summary>IMPACT OSS stores its support level as a number.</summary>
    private static readonly Dictionary<string, string> SupportLevels = new(StringComparer.Ordinal)
    {
        ["0"] = Noted,
        ["1"] = SupportedInPart,
        ["2"] = Supported,
    };

    /// <summary>True when the text says there is no response value at all.</summary>
    public static bool IsBlank(string? text) =>
        string.IsNullOrWhiteSpace(text) || Normalise(text) is "null" or "n/a" or "none";

    /// <summary>The contract word, or null when the text is not a response word this knows.</summary>
    public static string? Find(string? text, bool acceptSupportLevels = false)
    {
        if (IsBlank(text))
        {
            return null;
        }

        var key = Normalise(text!);
        if (Words.TryGetValue(key, out var word))
        {
            return word;
        }

        return acceptSupportLevels && SupportLevels.TryGetValue(key, out var level) ? level : null;
    }

    /// <summary>
    /// One response for several positions, as UHRI gives for a recommendation that several recommending
    /// States made: one word when they agree, supported-in-part when some supported and some noted.
    /// </summary>
    public static string? Combine(IEnumerable<string> words)
    {
        var distinct = words.Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count switch
        {
            0 => null,
            1 => distinct[0],
            _ when distinct.Contains(Supported) || distinct.Contains(SupportedInPart) => SupportedInPart,
            _ => distinct.Contains(Pending) ? Pending : distinct[0],
        };
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.Trim().ToLowerInvariant().Replace('-', ' ').Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
