using System.Text;

namespace Portal.TextFiles.Encodings;

/// <summary>
/// How a file reads in one code page, or in several that read its bytes alike (Windows-1252 and ISO-8859-1
/// for most Western text): of its words with bytes above 127, how many read oddly, how many use a letter
/// that the file's main language does not write (names from neighbouring languages do), and the region
/// whose letters they use.
/// </summary>
internal sealed record CodePageReading(IReadOnlyList<Encoding> Encodings, int OddWords, int ForeignWords, int Words, string Language)
{
    /// <summary>At most one word in twenty may read oddly: real text quotes names from other languages.</summary>
    private const double TolerableOddShare = 0.05;

    /// <summary>The code page to name for this reading: Windows' own when it is one of them.</summary>
    public Encoding Encoding => Encodings[0];

    public bool IsPlausible => OddWords <= Words * TolerableOddShare;

    public string Names => string.Join(" or ", Encodings.Select(ExportEncodings.DisplayName));

    public bool Includes(int codePage) => Encodings.Any(e => e.CodePage == codePage);
}
