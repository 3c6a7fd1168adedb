using Portal.Domain.Diagnostics;
using Portal.Loading;

namespace Portal.Tests.Loading;

public sealed class RowLedgerTests
{
    private const string Cities = "data/cities.csv";

    [Fact]
    public void Should_Count_Each_Row_With_Errors_Once_Whatever_The_Number_Of_Errors()
    {
        var ledger = new RowLedger();
        ledger.AddTable(Cities, [2, 3, 4, 5]);

        var accounts = ledger.Settle(
        [
            Error(Cities, 3, 5),
            Error(Cities, 3, 12),
            Error(Cities, 5, 1),
        ]);

        Assert.Equal(new FileAccount(Cities, 4, 2), Assert.Single(accounts));
        Assert.Equal(2, accounts[0].RowsPublished);
    }

    [Fact]
    public void Should_Count_An_Error_On_A_Later_Line_Of_A_Multi_Line_Record_Against_That_Record()
    {
        var ledger = new RowLedger();
        ledger.AddTable(Cities, [2, 5, 6]);

        var account = Assert.Single(ledger.Settle([Error(Cities, 4, 7)]));

        Assert.Equal(1, account.RowsWithErrors);
    }

    [Fact]
    public void Should_Not_Count_Warnings_Header_Errors_Or_Other_Files()
    {
        var ledger = new RowLedger();
        ledger.AddTable(Cities, [2, 3]);

        var account = Assert.Single(ledger.Settle(
        [
            new Diagnostic(DiagnosticSeverity.Warning, new SourceLocation(Cities, 2, 1), "a warning"),
            Error(Cities, 1, 1),
            Error("data/commitments.csv", 2, 1),
        ]));

        Assert.Equal(0, account.RowsWithErrors);
    }

    [Fact]
    public void Should_Count_Each_Document_With_Errors_As_One_Row()
    {
        var ledger = new RowLedger();
        ledger.AddDocuments("input/*.md", ["input/about.md", "input/news/launch.md", "input/cities/bcn.md"], []);

        var account = Assert.Single(ledger.Settle([Error("input/news/launch.md", 3, 1), Error("input/news/launch.md", 1, 1)]));

        Assert.Equal(new FileAccount("input/*.md", 3, 1), account);
    }

    [Fact]
    public void Should_Count_A_Draft_Without_Errors_As_Neither_Published_Nor_Reported()
    {
        var ledger = new RowLedger();
        ledger.AddDocuments("input/*.md", ["input/about.md", "input/draft.md", "input/broken-draft.md"], ["input/draft.md", "input/broken-draft.md"]);

        var account = Assert.Single(ledger.Settle([Error("input/broken-draft.md", 2, 1)]));

        Assert.Equal((3, 1, 1, 1), (account.RowsRead, account.Drafts, account.RowsWithErrors, account.RowsPublished));
    }

    private static Diagnostic Error(string file, int line, int column) =>
        new(DiagnosticSeverity.Error, new SourceLocation(file, line, column), "an error");
}
