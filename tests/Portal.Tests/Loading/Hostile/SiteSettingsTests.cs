using Portal.Pipeline;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Loading.Hostile;

/// <summary>Settings that become a path or an address are checked, at their line and column in site.yml.</summary>
public sealed class SiteSettingsTests : IDisposable
{
    private readonly MinimalSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("en/../../secrets")]
    [InlineData("EN_us")]
    public void Should_Refuse_A_Language_That_Is_Not_A_Language_Tag_At_Its_Value(string language)
    {
        _site.Write("input/site.yml", $"title: Portal\nlanguage: \"{language}\"\n");

        var report = new SiteValidator().Validate(_site.Options);

        var error = Assert.Single(report.Diagnostics);
        Assert.EndsWith("input/site.yml", error.Location.File, StringComparison.Ordinal);
        Assert.Equal((2, 11), (error.Location.Line, error.Location.Column));
        Assert.Contains("language tag", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("Creative Commons, ask us")]
    public void Should_Refuse_A_Data_Licence_That_Is_Neither_An_Identifier_Nor_A_Web_Address(string licence)
    {
        _site.Write("input/site.yml", $"title: Portal\n\ndata_licence: \"{licence}\"\n");

        var report = new SiteValidator().Validate(_site.Options);

        var error = Assert.Single(report.Diagnostics);
        Assert.Equal((3, 15), (error.Location.Line, error.Location.Column));
    }

    [Theory]
    [InlineData("pt-BR")]
    [InlineData("en")]
    public void Should_Accept_A_Language_Tag_And_A_Licence_Identifier_Or_Address(string language)
    {
        if (language != "en")
        {
            File.Copy(Path.Combine(_site.Theme, "i18n", "en.yml"), Path.Combine(_site.Theme, "i18n", $"{language}.yml"));
        }

        _site.Write("input/site.yml", $"language: {language}\ndata_licence: https://creativecommons.org/licenses/by/4.0/\n");

        var report = new SiteValidator().Validate(_site.Options);

        Assert.Empty(report.Diagnostics);
    }
}
