using System.Text;
using Portal.Domain.Diagnostics;
using Portal.TextFiles.Encodings;

namespace Portal.Tests.Importing.Encodings;

/// <summary>
/// Exports saved in the single-byte code page of each region that saves CSV from Excel: each sample is written
/// in its code page by the test, then read back. The text must come back exactly, or be refused with an error
/// that shows the rival readings; it must never come back changed.
/// </summary>
public sealed class CodePageTests
{
    private const string File = "exports/upr.csv";

    static CodePageTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static TheoryData<string, int, string[]> Samples => new()
    {
        { nameof(RegionalSamples.Czech), 1250, [] },
        { nameof(RegionalSamples.Polish), 1250, [] },
        { nameof(RegionalSamples.Russian), 1251, [] },
        { nameof(RegionalSamples.French), 1252, [] },
        { nameof(RegionalSamples.Spanish), 1252, [] },
        { nameof(RegionalSamples.Greek), 1253, [] },
        { nameof(RegionalSamples.Turkish), 1254, [] },
        { nameof(RegionalSamples.Arabic), 1256, [] },
        { nameof(RegionalSamples.French), 10000, [] },
        { nameof(RegionalSamples.German), 28591, [] },
        { nameof(RegionalSamples.PolishWithOgonek), 28592, [] },
        { nameof(RegionalSamples.Russian), 28595, [] },
        { nameof(RegionalSamples.Greek), 28597, [] },
        { nameof(RegionalSamples.Turkish), 28599, [] },
        { nameof(RegionalSamples.FrenchWithEuro), 28605, [] },
        { nameof(RegionalSamples.PlzenInEnglish), 1250, ["CZE"] },
        { nameof(RegionalSamples.Czech), 1250, ["CZE"] },
        { nameof(RegionalSamples.Russian), 1251, ["RUS"] },
        { nameof(RegionalSamples.Greek), 1253, ["GRC"] },
        { nameof(RegionalSamples.Turkish), 1254, ["TUR"] },
        { nameof(RegionalSamples.Arabic), 1256, ["EGY"] },
        { nameof(RegionalSamples.French), 1252, ["FRA"] },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Should_Read_An_Export_Saved_In_A_Regional_Code_Page_As_It_Was_Written(string sample, int codePage, string[] countries)
    {
        var text = SampleText(sample);
        var bytes = Encoding.GetEncoding(codePage).GetBytes(text);

        var (decoded, diagnostics) = Decode(bytes, countries);

        Assert.Empty(diagnostics.Items);
        Assert.Equal(text, decoded?.Text);
        Assert.True(ReadsAlike(codePage, text, decoded!.EncodingName), $"named {decoded.EncodingName}");
    }

    [Fact]
    public void Should_Never_Read_Windows_1250_As_Windows_1252_Without_A_Word()
    {
        var bytes = Encoding.GetEncoding(1250).GetBytes(RegionalSamples.PlzenInEnglish);

        var (decoded, diagnostics) = Decode(bytes, []);

        Assert.Null(decoded);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(new SourceLocation(File, 3, 45), error.Location);
        Assert.Contains("Close the segregated school in Plzeň and enrol", error.Message, StringComparison.Ordinal);
        Assert.Contains("Close the segregated school in Plzeò and enrol", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("--encoding windows-1250", error.Message, StringComparison.Ordinal);
        Assert.Contains("--encoding windows-1252", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(RegionalSamples.PlzenInEnglish), 1250)]
    [InlineData(nameof(RegionalSamples.CzechTownsInEnglish), 1250)]
    [InlineData(nameof(RegionalSamples.CzechTownsInEnglish), 28592)]
    [InlineData(nameof(RegionalSamples.Czech), 1250)]
    [InlineData(nameof(RegionalSamples.Polish), 1250)]
    [InlineData(nameof(RegionalSamples.French), 1252)]
    [InlineData(nameof(RegionalSamples.French), 10000)]
    [InlineData(nameof(RegionalSamples.Russian), 1251)]
    [InlineData(nameof(RegionalSamples.Russian), 28595)]
    public void Should_Either_Read_The_Text_As_Written_Or_Refuse_It_But_Never_Change_It_Without_A_Word(string sample, int codePage)
    {
        var text = SampleText(sample);

        var (decoded, diagnostics) = Decode(Encoding.GetEncoding(codePage).GetBytes(text), []);

        Assert.True(decoded is null ? diagnostics.HasErrors : decoded.Text == text, decoded?.Text);
    }

    [Fact]
    public void Should_Read_The_Windows_1250_Export_Once_Country_Names_A_Central_European_State()
    {
        var bytes = Encoding.GetEncoding(1250).GetBytes(RegionalSamples.PlzenInEnglish);

        var (decoded, _) = Decode(bytes, ["CZE"]);

        Assert.Contains("Plzeň", decoded?.Text, StringComparison.Ordinal);
        Assert.Contains("--country", decoded!.How, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Read_The_Windows_1250_Export_In_The_Encoding_It_Is_Told()
    {
        var bytes = Encoding.GetEncoding(1250).GetBytes(RegionalSamples.PlzenInEnglish);

        var (decoded, diagnostics) = Decode(bytes, [], ExportEncodings.ByName("windows-1250"));

        Assert.Empty(diagnostics.Items);
        Assert.Equal(RegionalSamples.PlzenInEnglish, decoded?.Text);
    }

    [Fact]
    public void Should_Let_The_Letters_Overrule_A_Country_Hint_That_Makes_Them_Read_Oddly()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(RegionalSamples.French);

        var (decoded, diagnostics) = Decode(bytes, ["CZE"]);

        Assert.Empty(diagnostics.Items);
        Assert.Equal(RegionalSamples.French, decoded?.Text);
    }

    [Fact]
    public void Should_Refuse_Bytes_That_Read_Oddly_In_Every_Code_Page_And_Show_The_Least_Odd_Readings()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("To,Text\nSpain,"), 0xBC, 0xBD, 0xBE, 0xA4, 0xAC, 0xA6, (byte)'\n'];

        var (decoded, diagnostics) = Decode(bytes, []);

        Assert.Null(decoded);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(new SourceLocation(File, 2, 7), error.Location);
        Assert.Contains("read oddly in every 8-bit code page", error.Message, StringComparison.Ordinal);
        Assert.Contains("--encoding <name>", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("windows-1250", 1250)]
    [InlineData("cp1251", 1251)]
    [InlineData("windows1253", 1253)]
    [InlineData("windows-1254", 1254)]
    [InlineData("windows-1256", 1256)]
    [InlineData("latin2", 28592)]
    [InlineData("iso-8859-5", 28595)]
    [InlineData("iso-8859-7", 28597)]
    [InlineData("iso8859-9", 28599)]
    [InlineData("iso-8859-15", 28605)]
    public void Should_Know_Every_Regional_Code_Page_By_Its_Usual_Names(string name, int codePage)
    {
        Assert.Equal(codePage, ExportEncodings.ByName(name)?.CodePage);
    }

    [Theory]
    [InlineData("CZE", 1250)]
    [InlineData("POL", 1250)]
    [InlineData("HUN", 1250)]
    [InlineData("RUS", 1251)]
    [InlineData("UKR", 1251)]
    [InlineData("BGR", 1251)]
    [InlineData("SRB", 1251)]
    [InlineData("GRC", 1253)]
    [InlineData("TUR", 1254)]
    [InlineData("EGY", 1256)]
    [InlineData("SAU", 1256)]
    [InlineData("ESP", 1252)]
    public void Should_Take_A_States_Languages_As_A_Hint_To_Its_Code_Page(string country, int codePage)
    {
        Assert.Contains(codePage, CountryCodePages.LikelyFor([country]));
    }

    private static (DecodedText? Decoded, DiagnosticBag Diagnostics) Decode(byte[] bytes, string[] countries, Encoding? chosen = null)
    {
        var diagnostics = new DiagnosticBag();
        var decoded = ExportDecoding.Decode(File, bytes, chosen, CountryCodePages.LikelyFor(countries), diagnostics);
        return (decoded, diagnostics);
    }

    /// <summary>The code page named, or one that reads the sample's bytes alike (Windows-1252 for ISO-8859-1 text).</summary>
    private static bool ReadsAlike(int codePage, string text, string name) =>
        ExportEncodings.ByName(name) is { } named && (named.CodePage == codePage || named.GetString(Encoding.GetEncoding(codePage).GetBytes(text)) == text);

    private static string SampleText(string name) =>
        (string)typeof(RegionalSamples).GetProperty(name)!.GetValue(null)!;
}
