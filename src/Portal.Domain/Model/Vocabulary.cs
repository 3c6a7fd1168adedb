using System.Collections.Frozen;
using System.Text;

namespace Portal.Domain.Model;

/// <summary>
/// The words a closed column accepts, spelled in kebab case in the data (in-progress, supported-in-part)
/// and mapped onto an enum. Also used to turn the enum back into its data spelling for URLs and UI keys.
/// </summary>
public sealed class Vocabulary<TEnum>
    where TEnum : struct, Enum
{
    private readonly FrozenDictionary<string, TEnum> _byWord;
    private readonly FrozenDictionary<TEnum, string> _wordOf;

    public Vocabulary(IEnumerable<KeyValuePair<string, TEnum>>? aliases = null)
    {
        var words = Enum.GetValues<TEnum>().ToDictionary(KebabCase, v => v);
        _wordOf = words.ToFrozenDictionary(p => p.Value, p => p.Key);
        foreach (var (alias, value) in aliases ?? [])
        {
            words[alias] = value;
        }

        _byWord = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Allowed = string.Join(", ", Enum.GetValues<TEnum>().Select(KebabCase));
    }

    /// <summary>The allowed words, for error messages.</summary>
    public string Allowed { get; }

    public bool TryParse(string text, out TEnum value) => _byWord.TryGetValue(text.Trim(), out value);

    public string WordOf(TEnum value) => _wordOf[value];

    private static string KebabCase(TEnum value)
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && builder.Length > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
