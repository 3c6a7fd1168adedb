using Portal.Domain.Limits;
using Portal.Pipeline;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Loading.Hostile;

/// <summary>Ids become folder names and addresses: one too long for a file system is refused at its cell.</summary>
public sealed class IdLengthTests : IDisposable
{
    private readonly MinimalSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_Refuse_A_Recommendation_Id_Over_The_Budget_At_Its_Cell()
    {
        var id = new string('r', 300);
        _site.Write("data/recommendations.csv", $"id,text,country,mechanism\n{id},Adopt a housing strategy.,ESP,UPR\n");
        _site.Write("data/commitments.csv", $"id,city,title,recommendations,status\nhomes,alpha,Build homes,{id},in-progress\n");

        var report = new SiteBuilder().Build(_site.Options);

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Diagnostics);
        Assert.EndsWith("data/recommendations.csv", error.Location.File, StringComparison.Ordinal);
        Assert.Equal((2, 1), (error.Location.Line, error.Location.Column));
        Assert.Contains($"at most {InputLimits.MaxIdLength}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Refuse_A_City_Id_Over_The_Budget_At_Its_Cell()
    {
        var id = new string('a', InputLimits.MaxIdLength + 1);
        _site.Write("data/cities.csv", $"id,name,country\n{id},Alpha,ESP\n");
        _site.Write("data/commitments.csv", $"id,city,title,recommendations,status\nhomes,{id},Build homes,R1,in-progress\n");

        var report = new SiteValidator().Validate(_site.Options);

        Assert.Contains(report.Diagnostics, d => d.Location.File.EndsWith("data/cities.csv", StringComparison.Ordinal) && d.Location.Line == 2 && d.Location.Column == 1);
    }

    [Fact]
    public void Should_Refuse_A_Page_Whose_File_Name_Is_Over_The_Budget()
    {
        var name = new string('p', InputLimits.MaxIdLength + 1);
        _site.Write($"input/{name}.md", "---\ntitle: Long\n---\nText.\n");

        var report = new SiteValidator().Validate(_site.Options);

        var error = Assert.Single(report.Diagnostics);
        Assert.EndsWith($"input/{name}.md", error.Location.File, StringComparison.Ordinal);
        Assert.Contains($"at most {InputLimits.MaxIdLength}", error.Message, StringComparison.Ordinal);
    }
}
