using Portal.Domain.Diagnostics;
using Portal.Domain.Model;
using Portal.TextFiles.Csv;
using Portal.Loading.Tables;
using Portal.Tests.Support;

namespace Portal.Tests.Loading.Tables;

public sealed class CommitmentsTableTests
{
    private const string Header = "id,city,title,status,recommendations,framework,due,baseline,baseline_year,target,target_year";

    private readonly DiagnosticBag _diagnostics = new();

    [Fact]
    public void Should_Read_Lists_Dates_And_The_Indicator_Of_A_Commitment()
    {
        var commitment = Read("c1,bcn,Open an office,in-progress,A/HRC/52/10 para. 1; CRC/C/ESP/CO/5-6 para. 7,e1;e2,2026,12.5,2020,40,2030");

        Assert.Empty(_diagnostics.Items);
        Assert.Equal(CommitmentStatus.InProgress, commitment.Status);
        Assert.Equal(["A/HRC/52/10 para. 1", "CRC/C/ESP/CO/5-6 para. 7"], commitment.RecommendationIds);
        Assert.Equal(["e1", "e2"], commitment.FrameworkIds);
        Assert.Equal(Make.Date("2026"), commitment.Due);
        Assert.Equal(new Indicator { Baseline = 12.5, BaselineYear = 2020, Target = 40, TargetYear = 2030 }, commitment.Indicator);
    }

    [Fact]
    public void Should_Have_No_Indicator_When_Every_Indicator_Column_Is_Empty()
    {
        var commitment = Read("c1,bcn,Open an office,planned,,,,,,,");

        Assert.Empty(_diagnostics.Items);
        Assert.Null(commitment.Indicator);
    }

    [Fact]
    public void Should_Report_A_Baseline_Year_Outside_1900_To_2200_At_Its_Cell()
    {
        var commitment = Read("c1,bcn,Open an office,planned,,,,10,20,,");

        DiagnosticAssert.Single(_diagnostics, "data/test.csv:2:37: error", "'20' in 'baseline_year' is not a whole number");
        Assert.Null(commitment.Indicator?.BaselineYear);
    }

    private Commitment Read(string row) =>
        new CommitmentsTable().Read(new RowReader(TestCsv.Row(Header, row, _diagnostics), _diagnostics));
}
