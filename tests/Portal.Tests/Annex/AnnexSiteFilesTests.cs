using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Portal.Annex;
using Portal.Domain.Reporting;
using Portal.Rendering;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Annex;

/// <summary>The site publishes annex.html and annex.docx beside every dashboard scope, from the model its pages use.</summary>
public sealed class AnnexSiteFilesTests(BuiltSample sample) : IClassFixture<BuiltSample>
{
    [Fact]
    public void Should_Publish_An_Html_And_A_Docx_Annex_For_Every_Scope_With_Local_Action()
    {
        var scopes = AnnexFiles.Scopes(sample.Model);

        Assert.Contains(new LocalActionScope("ESP"), scopes);
        Assert.Contains(new LocalActionScope("ESP", "UPR", 3), scopes);
        Assert.All(scopes, scope =>
        {
            Assert.True(File.Exists(sample.File(SitePaths.AnnexHtml(scope.Country, scope.Mechanism, scope.Cycle))), scope.ToString());
            Assert.True(File.Exists(sample.File(SitePaths.AnnexDocx(scope.Country, scope.Mechanism, scope.Cycle))), scope.ToString());
        });
        Assert.All(scopes, scope => Assert.NotEmpty(LocalAction.Rows(sample.Model, scope)));
    }

    [Fact]
    public void Should_Publish_The_Annex_The_Command_Writes_For_The_Same_Scope_Without_A_Limit()
    {
        var composer = new AnnexComposer(sample.Model, sample.Strings, sample.Settings, new Portal.Rendering.Templates.UrlBuilder("/"));
        using var expected = new MemoryStream();
        composer.WriteForSite(composer.Document(new LocalActionScope("ESP", "UPR")), AnnexFormat.Html, expected);

        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected.ToArray()), sample.Read(SitePaths.AnnexHtml("ESP", "UPR")));
        Assert.Contains("No word limit", sample.Read(SitePaths.AnnexHtml("ESP")), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Link_The_Annex_Style_Sheet_Because_The_Site_Policy_Allows_No_Inline_Style()
    {
        var html = sample.Read(SitePaths.AnnexHtml("ESP"));

        Assert.Contains("<link rel=\"stylesheet\" href=\"/countries/annex.css\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        Assert.Contains("@media print", sample.Read(SitePaths.AnnexStyle), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Publish_Docx_Annexes_The_Validator_Accepts()
    {
        using var package = WordprocessingDocument.Open(sample.File(SitePaths.AnnexDocx("ESP")), isEditable: false);

        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(package));
    }
}
