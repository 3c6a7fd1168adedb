using Portal.Domain.Diagnostics;

namespace Portal.Tests.Domain.Diagnostics;

public sealed class DiagnosticBagTests
{
    [Fact]
    public void Should_Print_A_Diagnostic_The_Way_Compilers_Do()
    {
        var diagnostic = new Diagnostic(DiagnosticSeverity.Warning, new SourceLocation("data/cities.csv", 4, 12), "unknown column 'x'");

        Assert.Equal("data/cities.csv:4:12: warning: unknown column 'x'", diagnostic.ToString());
    }

    [Fact]
    public void Should_Sort_By_File_Then_Line_Then_Column_And_Count_By_Severity()
    {
        var bag = new DiagnosticBag();
        bag.Error(new SourceLocation("b.csv", 1, 1), "third");
        bag.Warning(new SourceLocation("a.csv", 10, 1), "second");
        bag.Error(new SourceLocation("a.csv", 2, 9), "first b");
        bag.Error(new SourceLocation("a.csv", 2, 3), "first a");

        Assert.Equal(["first a", "first b", "second", "third"], bag.Sorted().Select(d => d.Message));
        Assert.Equal(3, bag.ErrorCount);
        Assert.Equal(1, bag.WarningCount);
        Assert.True(bag.HasErrors);
    }
}
