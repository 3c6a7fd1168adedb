using System.Text.RegularExpressions;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Rendering;

/// <summary>
/// The Nu Html Checker refuses a &lt;meta&gt; with none of name, property, charset, http-equiv or itemprop; Pagefind's
/// filter and metadata tags need a name too.
/// </summary>
public sealed partial class MetaElementTests(BuiltSample sample) : IClassFixture<BuiltSample>
{
    [Fact]
    public void Should_Give_Every_Meta_Element_A_Name_Property_Charset_Http_Equiv_Or_Itemprop()
    {
        var metas = Directory.EnumerateFiles(sample.Output, "*.html", SearchOption.AllDirectories)
            .SelectMany(file => Meta().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetRelativePath(sample.Output, file), Tag: m.Value)))
            .ToList();

        Assert.Contains(metas, m => m.Tag.Contains("data-pagefind-filter", StringComparison.Ordinal));
        Assert.Contains(metas, m => m.Tag.Contains("data-pagefind-meta", StringComparison.Ordinal));
        var nameless = metas.Where(m => !Identified().IsMatch(m.Tag)).Select(m => $"{m.File}: {m.Tag}").Take(5).ToList();
        Assert.True(nameless.Count == 0, "meta elements without a name:\n" + string.Join('\n', nameless));
    }

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Meta();

    [GeneratedRegex(@"\s(name|property|charset|http-equiv|itemprop)=""[^""]+""", RegexOptions.IgnoreCase)]
    private static partial Regex Identified();
}
