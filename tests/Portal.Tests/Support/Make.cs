using Portal.Domain.Diagnostics;
using Portal.Domain.Model;

namespace Portal.Tests.Support;

/// <summary>Domain records with plausible defaults; tests change what matters to them with <c>with</c>.</summary>
internal static class Make
{
    public static PartialDate Date(string text)
    {
        Assert.True(PartialDate.TryParse(text, out var date), $"'{text}' should parse as a date");
        return date;
    }

    public static SourceLocation Row(string file, int line) => new(file, line, 1);

    public static City City(string id = "barcelona", string country = "ESP", int line = 2) => new()
    {
        Id = id,
        Name = id,
        Country = country,
        Row = Row("data/cities.csv", line),
    };

    public static Recommendation Recommendation(string id = "A/HRC/52/10 para. 120.15", string country = "ESP", int line = 2) => new()
    {
        Id = id,
        Text = "Strengthen local human rights institutions",
        Country = country,
        Mechanism = "UPR",
        Row = Row("data/recommendations.csv", line),
    };

    public static Commitment Commitment(string id = "c1", string city = "barcelona", int line = 2) => new()
    {
        Id = id,
        CityId = city,
        Title = "Open a municipal human rights office",
        Status = CommitmentStatus.Planned,
        Row = Row("data/commitments.csv", line),
    };

    public static ProgressReport Progress(string date, string commitment = "c1", int line = 2) => new()
    {
        CommitmentId = commitment,
        Date = Date(date),
        Row = Row("data/progress.csv", line),
    };

    public static FrameworkElement Element(string id = "e1", int line = 2) => new()
    {
        Id = id,
        Pillar = "Commitment",
        Title = "Political commitment",
        Row = Row("data/framework.csv", line),
    };

    public static Assessment Assessment(string city = "barcelona", string element = "e1", int line = 2) => new()
    {
        CityId = city,
        ElementId = element,
        Status = AssessmentStatus.InPlace,
        Row = Row("data/assessments.csv", line),
    };

    public static ContentPage Page(ContentKind kind, string slug, string file, int bodyLine = 1) => new()
    {
        Kind = kind,
        Slug = slug,
        Title = slug,
        Body = string.Empty,
        Origin = Row(file, bodyLine),
    };
}
