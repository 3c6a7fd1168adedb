using Portal.Cli;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Cli;

/// <summary><c>--base-url</c> is the start of every link the site writes: only a path on this site or an http(s) address is taken.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class BaseUrlOptionTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("///evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("\\\\evil.example\\")]
    [InlineData("javascript:alert(1)//")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("data:text/html,x")]
    [InlineData("ftp://example.org/")]
    [InlineData("http:///portal/")]
    [InlineData("https://example.org/portal/?x=1")]
    [InlineData("/portal/#top")]
    [InlineData("/por tal/")]
    [InlineData("/portal/\n")]
    [InlineData("/portal\u0007/")]
    [InlineData(" /portal/")]
    [InlineData("portal/")]
    [InlineData("")]
    public void Should_Refuse_A_Base_Url_That_Is_Not_A_Path_Or_An_Http_Address(string baseUrl)
    {
        var (exit, error) = Build(baseUrl);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--base-url", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder.Combine("output")));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/portal/")]
    [InlineData("/portal")]
    [InlineData("https://rights.example.org/portal/")]
    [InlineData("http://localhost:8080/")]
    public void Should_Accept_A_Path_Or_An_Http_Address(string baseUrl)
    {
        var (exit, _) = Build(baseUrl);

        Assert.Equal(ExitCodes.Success, exit);
    }

    public void Dispose() => _folder.Dispose();

    private (int Exit, string Error) Build(string baseUrl) =>
        StandardError.Capture(() => CommandLine.Run([.. StandardError.MinimalBuild(_folder.Combine("output")), "--as-of", "2026-06-30", "--base-url", baseUrl], TimeProvider.System));
}
