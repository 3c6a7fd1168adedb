using Portal.Rendering.Links;

namespace Portal.Tests.Rendering;

public sealed class SafeLinkTests
{
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("jav\tascript:alert(1)")]
    [InlineData(" \u0001javascript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("ftp://example.org/")]
    public void Should_Refuse_A_Scheme_Outside_The_Allow_List_However_It_Is_Spelt(string url)
    {
        Assert.False(SafeLink.IsAllowed(url));
        Assert.Null(SafeLink.OrNothing(url));
    }

    [Theory]
    [InlineData("https://example.org/a:b")]
    [InlineData("HTTP://example.org")]
    [InlineData("mailto:office@example.org")]
    [InlineData("/cities/x/")]
    [InlineData("../methodology/")]
    [InlineData("#history")]
    [InlineData("notes/2024:summary")]
    [InlineData("?q=a:b")]
    public void Should_Allow_Http_Https_Mailto_And_Relative_Addresses(string url)
    {
        Assert.True(SafeLink.IsAllowed(url));
        Assert.Equal(url, SafeLink.OrNothing(url));
    }
}
