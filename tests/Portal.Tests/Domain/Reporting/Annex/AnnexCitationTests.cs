using Portal.Domain.Diagnostics;
using Portal.Domain.Model;
using Portal.Domain.Reporting.Annex;

namespace Portal.Tests.Domain.Reporting.Annex;

/// <summary>A recommendation cited as the UN cites it: symbol and paragraph, else what the data has.</summary>
public sealed class AnnexCitationTests
{
    [Theory]
    [InlineData("A/HRC/44/7", "150.141", "A/HRC/44/7, para. 150.141")]
    [InlineData(" CEDAW/C/ESP/CO/9 ", " 24(c) ", "CEDAW/C/ESP/CO/9, para. 24(c)")]
    [InlineData("A/HRC/44/7", null, "A/HRC/44/7")]
    [InlineData(null, "150.141", "rec-1")]
    [InlineData("", "", "rec-1")]
    public void Should_Cite_A_Recommendation_By_Its_Symbol_And_Paragraph(string? symbol, string? paragraph, string expected)
    {
        var recommendation = new Recommendation
        {
            Id = "rec-1",
            Text = "Adopt a plan.",
            Country = "ESP",
            Mechanism = "UPR",
            Symbol = symbol,
            Paragraph = paragraph,
            Row = SourceLocation.OfFile("recommendations.csv"),
        };

        Assert.Equal(expected, AnnexCitation.Of(recommendation, new CitationWording()));
    }

    private sealed class CitationWording : IAnnexWording
    {
        public string Text(string key, params object?[] args) =>
            key == "annex.citation" ? string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}, para. {1}", args) : throw new KeyNotFoundException(key);

        public bool Has(string key) => key == "annex.citation";

        public string Date(PartialDate date) => date.ToString();

        public string Number(double value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public string Isolate(string name) => name;
    }
}
