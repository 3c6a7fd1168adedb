namespace Portal.Domain.Reporting.Annex;

/// <summary>A word limit smaller than the annex's fixed parts (title, contents, introduction, method, closing) alone.</summary>
public sealed class AnnexWordLimitException(int limit, int fixedWords)
    : Exception($"--words {limit} is too small: the annex's title, contents, introduction, method note and closing paragraph alone take {fixedWords} words; give at least {fixedWords}")
{
    public int Limit { get; } = limit;

    public int FixedWords { get; } = fixedWords;
}
