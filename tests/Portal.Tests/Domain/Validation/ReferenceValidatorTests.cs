using Portal.Domain.Diagnostics;
using Portal.Domain.Model;
using Portal.Domain.Validation;
using Portal.Tests.Support;

namespace Portal.Tests.Domain.Validation;

public sealed class ReferenceValidatorTests
{
    private const string RecommendationId = "A/HRC/52/10 para. 120.15";

    // A city, a recommendation to its State, a framework element, and a commitment, a progress report and
    // an assessment that reference them: every reference resolves.
    private static readonly PortalData Valid = new()
    {
        Cities = [Make.City("barcelona", "ESP")],
        Recommendations = [Make.Recommendation(RecommendationId, "ESP")],
        Framework = [Make.Element("e1")],
        Commitments = [Make.Commitment("c1", "barcelona") with { RecommendationIds = [RecommendationId], FrameworkIds = ["e1"] }],
        Progress = [Make.Progress("2025-01-01", "c1")],
        Assessments = [Make.Assessment("barcelona", "e1")],
        Content = [Make.Page(ContentKind.CityNarrative, "barcelona", "input/cities/barcelona.md")],
    };

    [Fact]
    public void Should_Report_Nothing_When_Every_Reference_Resolves() =>
        Assert.Empty(Validate(Valid).Items);

    [Fact]
    public void Should_Report_A_Duplicate_City_Id_At_The_Second_Row()
    {
        var diagnostics = Validate(Valid with { Cities = [.. Valid.Cities, Make.City("barcelona", line: 3)] });

        DiagnosticAssert.Single(diagnostics, "data/cities.csv:3:1: error", "duplicate city id 'barcelona' (first defined at line 2)");
    }

    [Fact]
    public void Should_Report_A_Duplicate_Recommendation_Id_At_The_Second_Row()
    {
        var diagnostics = Validate(Valid with { Recommendations = [.. Valid.Recommendations, Make.Recommendation(RecommendationId, line: 7)] });

        DiagnosticAssert.Single(diagnostics, "data/recommendations.csv:7:1: error", $"duplicate recommendation id '{RecommendationId}'");
    }

    [Fact]
    public void Should_Report_A_Duplicate_Commitment_Id_At_The_Second_Row()
    {
        var duplicate = Valid.Commitments[0] with { Row = Make.Row("data/commitments.csv", 5) };

        var diagnostics = Validate(Valid with { Commitments = [.. Valid.Commitments, duplicate] });

        DiagnosticAssert.Single(diagnostics, "data/commitments.csv:5:1: error", "duplicate commitment id 'c1'");
    }

    [Fact]
    public void Should_Report_A_Duplicate_Framework_Element_Id_At_The_Second_Row()
    {
        var diagnostics = Validate(Valid with { Framework = [.. Valid.Framework, Make.Element("e1", line: 4)] });

        DiagnosticAssert.Single(diagnostics, "data/framework.csv:4:1: error", "duplicate framework element id 'e1'");
    }

    [Fact]
    public void Should_Report_An_Unknown_City_In_A_Commitment_At_Its_City_Column()
    {
        var diagnostics = Validate(Valid with { Commitments = [Valid.Commitments[0] with { CityId = "madrid" }] });

        DiagnosticAssert.Single(diagnostics, "data/commitments.csv:2:2: error", "unknown city 'madrid'");
    }

    [Fact]
    public void Should_Report_An_Unknown_Recommendation_At_The_Recommendations_Column()
    {
        var commitment = Valid.Commitments[0] with { RecommendationIds = [RecommendationId, "A/HRC/52/10 para. 999"] };

        var diagnostics = Validate(Valid with { Commitments = [commitment] });

        DiagnosticAssert.Single(diagnostics, "data/commitments.csv:2:5: error", "unknown recommendation 'A/HRC/52/10 para. 999'");
    }

    [Fact]
    public void Should_Report_An_Unknown_Framework_Element_At_The_Framework_Column()
    {
        var diagnostics = Validate(Valid with { Commitments = [Valid.Commitments[0] with { FrameworkIds = ["e9"] }] });

        DiagnosticAssert.Single(diagnostics, "data/commitments.csv:2:6: error", "unknown framework element 'e9'");
    }

    [Fact]
    public void Should_Report_Progress_On_An_Unknown_Commitment_At_Its_Commitment_Column()
    {
        var diagnostics = Validate(Valid with { Progress = [.. Valid.Progress, Make.Progress("2025-02-01", "c9", line: 3)] });

        DiagnosticAssert.Single(diagnostics, "data/progress.csv:3:3: error", "unknown commitment 'c9'");
    }

    [Fact]
    public void Should_Report_An_Assessment_Of_An_Unknown_City_At_Its_City_Column()
    {
        var diagnostics = Validate(Valid with { Assessments = [Make.Assessment("madrid", "e1")] });

        DiagnosticAssert.Single(diagnostics, "data/assessments.csv:2:2: error", "unknown city 'madrid'");
    }

    [Fact]
    public void Should_Report_An_Assessment_Of_An_Unknown_Element_At_Its_Element_Column()
    {
        var diagnostics = Validate(Valid with { Assessments = [Make.Assessment("barcelona", "e9")] });

        DiagnosticAssert.Single(diagnostics, "data/assessments.csv:2:4: error", "unknown framework element 'e9'");
    }

    [Fact]
    public void Should_Report_A_Second_Assessment_Of_The_Same_Element_For_The_Same_City()
    {
        var diagnostics = Validate(Valid with { Assessments = [.. Valid.Assessments, Make.Assessment("barcelona", "e1", line: 6)] });

        DiagnosticAssert.Single(diagnostics, "data/assessments.csv:6:4: error", "duplicate assessment of element 'e1' for city 'barcelona' (first at line 2)");
    }

    [Fact]
    public void Should_Report_A_City_Narrative_For_An_Unknown_City_At_Its_Body()
    {
        var narrative = Make.Page(ContentKind.CityNarrative, "madrid", "input/cities/madrid.md", bodyLine: 4);

        var diagnostics = Validate(Valid with { Content = [narrative] });

        DiagnosticAssert.Single(diagnostics, "input/cities/madrid.md:4:1: error", "unknown city 'madrid'");
    }

    [Fact]
    public void Should_Report_News_About_An_Unknown_City()
    {
        var news = Make.Page(ContentKind.News, "launch", "input/news/launch.md", bodyLine: 5) with { CityId = "madrid" };

        var diagnostics = Validate(Valid with { Content = [news] });

        DiagnosticAssert.Single(diagnostics, "input/news/launch.md:5:1: error", "unknown city 'madrid'");
    }

    [Fact]
    public void Should_Report_Two_Pages_That_Would_Be_Published_At_The_Same_Address()
    {
        ContentPage[] pages =
        [
            Make.Page(ContentKind.Page, "about", "input/about.md"),
            Make.Page(ContentKind.Page, "about", "input/About.md", bodyLine: 3),
        ];

        var diagnostics = Validate(Valid with { Content = pages });

        DiagnosticAssert.Single(diagnostics, "input/About.md:3:1: error", "duplicate page 'about'");
    }

    [Fact]
    public void Should_Warn_When_A_Commitment_Cites_A_Recommendation_Addressed_To_Another_State()
    {
        var diagnostics = Validate(Valid with { Recommendations = [Make.Recommendation(RecommendationId, "FRA")] });

        var warning = DiagnosticAssert.Single(diagnostics, "data/commitments.csv:2:5: warning", "addressed to FRA, but city 'barcelona' is in ESP");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
    }

    private static DiagnosticBag Validate(PortalData data)
    {
        var diagnostics = new DiagnosticBag();
        new ReferenceValidator(diagnostics, new FakeColumnLocator()).Validate(data);
        return diagnostics;
    }
}
